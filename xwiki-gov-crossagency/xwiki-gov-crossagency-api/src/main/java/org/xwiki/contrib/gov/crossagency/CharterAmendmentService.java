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
package org.xwiki.contrib.gov.crossagency;

import java.util.List;
import java.util.Optional;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;

/**
 * Charter changes that go back to the agencies: a steward proposes to add agencies (each with its first steward) or
 * to raise the label; the administrators of the agencies concerned decide, and the change takes effect only once all
 * approve (one declining ends it). When it takes effect, members whose clearance is below the new label are suspended.
 * Every step is audited.
 *
 * @version $Id$
 * @since 1.0
 */
@Role
public interface CharterAmendmentService
{
    /**
     * @param actor a steward of the space
     * @param key an active space without a pending amendment
     * @param addedAgencies agencies to add, each with a steward of its own whose clearance covers the label
     * @param newLabel a label above the space's, if it is to rise
     * @return the amendment, waiting for the agencies' decisions
     * @throws GovException when the actor is no steward, the space is not active or has a pending amendment, nothing
     *     changes, an agency is unknown or takes part already, a steward is not of their agency or below the label, or
     *     the label is not above the current one
     */
    CharterAmendment propose(Actor actor, String key, List<AddedAgency> addedAgencies, Optional<String> newLabel)
        throws GovException;

    /**
     * @param actor an administrator of the agency
     * @param key the space
     * @param agencyKey an agency the pending amendment asks
     * @param approved whether it approves
     * @param reason why it declines (ignored when it approves)
     * @return the amendment, applied when this was the last approval
     * @throws GovException when the actor may not decide for the agency, there is no pending amendment asking it (as
     *     for an unknown space), it decided already, or a decline has no reason
     */
    CharterAmendment decide(Actor actor, String key, String agencyKey, boolean approved, String reason)
        throws GovException;

    /**
     * @param actor who asks
     * @param key a space the actor may see
     * @return its pending amendment, if any
     * @throws GovException a {@link org.xwiki.contrib.gov.NotFoundException} when the actor may not see the space
     */
    Optional<CharterAmendment> getPending(Actor actor, String key) throws GovException;
}
