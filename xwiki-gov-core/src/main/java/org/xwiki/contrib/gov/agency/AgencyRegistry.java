/*
 * See the NOTICE file distributed with this work for additional
 * information regarding copyright ownership.
 *
 * This is free software; you can redistribute it and/or modify it
 * under the terms of the GNU Lesser General Public License as
 * published by the Free Software Foundation; either version 2.1 of
 * the License, or (at your option) any later version.
 *
 * This software is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU
 * Lesser General Public License for more details.
 *
 * You should have received a copy of the GNU Lesser General Public
 * License along with this software; if not, write to the Free
 * Software Foundation, Inc., 51 Franklin St, Fifth Floor, Boston, MA
 * 02110-1301 USA, or see the FSF site: http://www.fsf.org.
 */
package org.xwiki.contrib.gov.agency;

import java.util.List;
import java.util.Optional;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;

/**
 * The agencies of the government and the tree of organisational units of each. Keys are chosen at creation and never
 * change; names can be changed. Every change is checked against the actor's rights and recorded in the audit log.
 *
 * @version $Id$
 * @since 1.0
 */
@Role
public interface AgencyRegistry
{
    /**
     * Creates an agency (government administrators only).
     *
     * @param actor who creates it
     * @param agency the new agency; its parent, if any, must exist
     * @throws GovException when the key is malformed or taken, a field is invalid, the parent is unknown, or the actor
     *     may not create agencies
     */
    void createAgency(Actor actor, Agency agency) throws GovException;

    /**
     * Changes the names and acronym of an agency (its administrators or government administrators).
     *
     * @param actor who renames it
     * @param agencyKey the agency's key
     * @param name the new names
     * @param acronym the new acronym
     * @throws GovException when the agency is unknown, a field is invalid, or the actor may not rename it
     */
    void renameAgency(Actor actor, String agencyKey, Bilingual name, String acronym) throws GovException;

    /**
     * @param agencyKey an agency key
     * @return the agency, if it exists
     * @throws GovException when the store fails
     */
    Optional<Agency> getAgency(String agencyKey) throws GovException;

    /**
     * @return every agency, by key
     * @throws GovException when the store fails
     */
    List<Agency> listAgencies() throws GovException;

    /**
     * Creates an organisational unit (the agency's administrators or government administrators).
     *
     * @param actor who creates it
     * @param unit the new unit; its parent, if any, must be a unit of the same agency
     * @throws GovException when the key is malformed or taken, a field is invalid, the agency or parent is unknown,
     *     the parent belongs to another agency, or the actor may not manage the agency's units
     */
    void createUnit(Actor actor, OrgUnit unit) throws GovException;

    /**
     * Changes the names of a unit (the agency's administrators or government administrators).
     *
     * @param actor who renames it
     * @param unitKey the unit's key
     * @param name the new names
     * @throws GovException when the unit is unknown, a name is invalid, or the actor may not manage the agency's units
     */
    void renameUnit(Actor actor, String unitKey, Bilingual name) throws GovException;

    /**
     * @param unitKey a unit key
     * @return the unit, if it exists
     * @throws GovException when the store fails
     */
    Optional<OrgUnit> getUnit(String unitKey) throws GovException;

    /**
     * @param agencyKey an agency key
     * @return the agency's units, top-down: each unit comes right before its children, siblings sorted by key
     * @throws GovException when the agency is unknown or the store fails
     */
    List<UnitTreeEntry> listUnits(String agencyKey) throws GovException;
}
