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

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;

/**
 * The charter and lifecycle of cross-agency spaces: any public servant proposes one; it opens when an agency
 * administrator of every participating agency approves (one declining ends the proposal); its stewards archive it and a
 * government administrator may reopen it. Each step is in the audit chain, in the same transaction.
 *
 * @version $Id$
 * @since 1.0
 */
@Role
public interface SpaceService
{
    /** The longest name, in either language. */
    int MAX_NAME = 200;

    /** The longest purpose, in either language. */
    int MAX_PURPOSE = 4000;

    /** The longest access-review interval, in days. */
    int MAX_REVIEW_DAYS = 365;

    /** The longest reason for a decline. */
    int MAX_REASON = 1000;

    /**
     * @param actor who proposes: a public servant with a home agency
     * @param charter what the space is for and who runs it
     * @return the proposed space, waiting for every participating agency's approval
     * @throws GovException when the charter does not hold or the actor may not propose
     */
    Space propose(Actor actor, SpaceCharter charter) throws GovException;

    /**
     * @param actor an administrator of the agency
     * @param key the space
     * @param agencyKey the participating agency whose approval this is
     * @return the space, active once every participating agency has approved
     * @throws GovException when the actor may not decide for the agency, the space is not proposed, the agency does
     *     not take part or has decided already
     */
    Space approve(Actor actor, String key, String agencyKey) throws GovException;

    /**
     * @param actor an administrator of the agency
     * @param key the space
     * @param agencyKey the participating agency whose decision this is
     * @param reason why
     * @return the space, whose proposal has ended
     * @throws GovException as for {@link #approve}, or when the reason is missing or too long
     */
    Space decline(Actor actor, String key, String agencyKey, String reason) throws GovException;

    /**
     * Withdraws an agency from an active space: it no longer takes part, and its people's memberships are suspended
     * (the stewards may make guests of them). The lead agency cannot withdraw (the space is archived instead), nor can
     * the last agency beside it.
     *
     * @param actor an administrator of the agency
     * @param key an active space the agency takes part in
     * @param agencyKey the agency
     * @return the space without the agency
     * @throws GovException when the actor may not decide for the agency, the space is not active, the agency does not
     *     take part (answered as for an unknown space), leads it, or is the last one beside the lead
     */
    Space withdraw(Actor actor, String key, String agencyKey) throws GovException;

    /**
     * @param actor a steward of the space, or a government administrator
     * @param key an active space
     * @return the space, archived
     * @throws GovException when the actor may not, or the space is not active
     */
    Space archive(Actor actor, String key) throws GovException;

    /**
     * @param actor a government administrator
     * @param key an archived space
     * @return the space, active again
     * @throws GovException when the actor may not, or the space is not archived
     */
    Space reopen(Actor actor, String key) throws GovException;

    /**
     * @param actor who asks
     * @param key a space
     * @return the space, when the actor may see it
     * @throws GovException a {@link org.xwiki.contrib.gov.NotFoundException} when there is no such space or the actor
     *     may not see it (the two answers are the same)
     */
    Space get(Actor actor, String key) throws GovException;

    /**
     * @return the sensitivity labels, lowest first
     */
    List<String> getLabels();
}
