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
package org.xwiki.contrib.gov.profiles;

import java.util.List;
import java.util.Map;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;

/**
 * An agency's profile settings: the default visibility of each person-owned field and the optional controlled skill
 * vocabulary. Only the agency's administrators (and government administrators) change them.
 *
 * @version $Id$
 * @since 1.0
 */
@Role
public interface ProfileSettingsService
{
    /** The most skills a vocabulary lists. */
    int MAX_VOCABULARY = 2000;

    /**
     * @param actor who asks
     * @return the keys of the agencies whose settings the actor may change, in the registry's order
     * @throws GovException when the store fails
     */
    List<String> getManageableAgencies(Actor actor) throws GovException;

    /**
     * @param actor an administrator of the agency
     * @param agencyKey the agency
     * @return its settings
     * @throws GovException when the agency is unknown or the actor may not manage it
     */
    AgencyProfileSettings get(Actor actor, String agencyKey) throws GovException;

    /**
     * @param actor an administrator of the agency
     * @param agencyKey the agency
     * @param defaults the visibility its people's fields get until they choose; a field left out gets the built-in
     *     one
     * @throws GovException when the agency is unknown or the actor may not manage it
     */
    void setDefaults(Actor actor, String agencyKey, Map<PersonalField, Visibility> defaults) throws GovException;

    /**
     * Replaces the agency's controlled skill vocabulary. Its people then add skills from it only; the skills they
     * listed before stay on their profiles.
     *
     * @param actor an administrator of the agency
     * @param agencyKey the agency
     * @param skills the skills, as typed (normalised like profile skills, duplicates dropped); empty to allow any
     *     skill
     * @return the vocabulary as saved, in alphabetical order
     * @throws GovException when a skill is too long or invalid, there are more than {@link #MAX_VOCABULARY}, the
     *     agency is unknown or the actor may not manage it
     */
    List<String> setSkillVocabulary(Actor actor, String agencyKey, List<String> skills) throws GovException;

    /**
     * @param actor an employee
     * @param agencyKey an agency
     * @return the skills the agency's people may add, in alphabetical order; empty when any skill is allowed
     * @throws GovException when the actor may not read profiles
     */
    List<String> getSkillVocabulary(Actor actor, String agencyKey) throws GovException;
}
