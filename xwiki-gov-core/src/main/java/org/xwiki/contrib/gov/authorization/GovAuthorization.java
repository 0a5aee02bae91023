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
package org.xwiki.contrib.gov.authorization;

import java.util.List;
import java.util.Optional;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;

/**
 * Answers "may actor X do Y on agency Z". The one place where roles turn into rights.
 *
 * @version $Id$
 * @since 1.0
 */
@Role
public interface GovAuthorization
{
    /**
     * @param actor who wants to act
     * @param operation what they want to do
     * @param agencyKey the agency the operation applies to, or empty for a government-wide operation
     * @return whether the actor may
     * @throws GovException when the store fails
     */
    boolean isAllowed(Actor actor, GovOperation operation, Optional<String> agencyKey) throws GovException;

    /**
     * The agencies on which an actor may do an operation, reading the actor's roles once (a page listing the
     * agencies someone may manage asks for each of them).
     *
     * @param actor who wants to act
     * @param operation what they want to do
     * @param agencyKeys the candidate agencies
     * @return those on which {@link #isAllowed} says yes, in the candidates' order
     * @throws GovException when the store fails
     */
    List<String> allowedAgencies(Actor actor, GovOperation operation, List<String> agencyKeys) throws GovException;

    /**
     * @param actor who wants to act
     * @param operation what they want to do
     * @param agencyKey the agency the operation applies to, or empty for a government-wide operation
     * @throws AccessDeniedException when the actor may not
     * @throws GovException when the store fails
     */
    default void check(Actor actor, GovOperation operation, Optional<String> agencyKey) throws GovException
    {
        if (!isAllowed(actor, operation, agencyKey)) {
            throw new AccessDeniedException(operation.name());
        }
    }
}
