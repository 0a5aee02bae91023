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
package org.xwiki.contrib.gov.guideline;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.GovException;

/**
 * What another module may ask of guidelines people acknowledge, without depending on the module that keeps them (the
 * policy module implements it; without it there is none, and nothing can be gated on a guideline). A cross-agency
 * space, for one, opens its content only to members who acknowledged the guidelines it lists.
 *
 * @version $Id$
 * @since 1.0
 */
@Role
public interface GuidelineGate
{
    /**
     * @param key a guideline's key
     * @return its current title, when it is published and not retired
     * @throws GovException when the store fails
     */
    Optional<Bilingual> getTitle(String key) throws GovException;

    /**
     * @param userId a person
     * @param key a published guideline
     * @param today today (UTC)
     * @return whether the person passes the guideline's gate: they acknowledged its current major version or are
     *     exempt, or they acknowledged an earlier major version and their assignment of the current one is not past
     *     its due date; a person the guideline is not assigned to does not pass
     * @throws GovException when the store fails
     */
    boolean passes(String userId, String key, LocalDate today) throws GovException;

    /**
     * Asks people to acknowledge a guideline, whatever its audience, for as long as a source requires it: they are
     * assigned its current major version at once (due after its grace period for joiners) and each later one, and
     * counted under their own agency. In the caller's transaction. People without a home agency cannot be assigned.
     *
     * @param key a guideline
     * @param source what requires it, such as {@code crossagency:<space key>}
     * @param userIds the people
     * @throws GovException when the store fails
     */
    void require(String key, String source, Collection<String> userIds) throws GovException;

    /**
     * Ends a requirement: the people's pending assignments are withdrawn by the next reconciliation of the audience
     * when nothing else puts them in it. In the caller's transaction.
     *
     * @param key a guideline
     * @param source what required it
     * @param userIds the people
     * @throws GovException when the store fails
     */
    void release(String key, String source, Collection<String> userIds) throws GovException;
}
