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
package org.xwiki.contrib.gov.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;

/**
 * Assignments and acknowledgements: what each person must acknowledge, the acknowledgements themselves, and HR's
 * extensions and exemptions. Each acknowledgement, extension and exemption goes into the audit chain.
 *
 * @version $Id$
 * @since 1.0
 */
@Role
public interface AcknowledgementService
{
    /**
     * @param actor the person
     * @return their current assignments (pending, overdue and done), overdue first, then by due date
     * @throws GovException when the actor is anonymous or the store fails
     */
    List<AssignmentView> getMyAssignments(Actor actor) throws GovException;

    /**
     * @param actor the person
     * @return how many of their assignments are overdue
     * @throws GovException when the store fails
     */
    long countMyOverdue(Actor actor) throws GovException;

    /**
     * Acknowledges the current version of a guideline. Acknowledging again returns the first acknowledgement.
     *
     * @param actor the person
     * @param key the guideline
     * @param input the version read, the language, the answers, the attestation and the signature
     * @return the acknowledgement
     * @throws GovException when there is no assignment, the version is superseded or the guideline retired, the
     *     attestation is not confirmed, or the answers fall below the pass mark; nothing is recorded then
     */
    Acknowledgement acknowledge(Actor actor, String key, AcknowledgementInput input) throws GovException;

    /**
     * Records an acknowledgement on a person's behalf (staff without wiki access).
     *
     * @param actor the HR officer
     * @param key the guideline
     * @param userId the person
     * @param language the language version the person read
     * @param note how the acknowledgement was obtained (a signed paper form…)
     * @return the acknowledgement
     * @throws GovException when the note is missing, the person has no pending assignment, or the actor may not
     */
    Acknowledgement recordOnBehalf(Actor actor, String key, String userId, Locale language, String note)
        throws GovException;

    /**
     * Gives a person a later due date.
     *
     * @param actor the HR officer
     * @param key the guideline
     * @param userId the person
     * @param dueDate the new due date, after the current one
     * @param reason why (leave, secondment…)
     * @throws GovException when the reason is missing, the date not later, the person has no pending assignment, or
     *     the actor may not
     */
    void extend(Actor actor, String key, String userId, LocalDate dueDate, String reason) throws GovException;

    /**
     * Exempts a person from acknowledging the current major version.
     *
     * @param actor the HR officer
     * @param key the guideline
     * @param userId the person
     * @param reason why
     * @throws GovException when the reason is missing, the person has no pending assignment, or the actor may not
     */
    void exempt(Actor actor, String key, String userId, String reason) throws GovException;

    /**
     * @param actor the person
     * @return every acknowledgement the person made, newest first
     * @throws GovException when the actor is anonymous or the store fails
     */
    List<Acknowledgement> getMyHistory(Actor actor) throws GovException;

    /**
     * @param actor the person who acknowledged
     * @param acknowledgementId one of their acknowledgements
     * @return the receipt: what was acknowledged, when, how, the text read and its hash
     * @throws GovException when it is not the actor's acknowledgement
     */
    String getReceipt(Actor actor, long acknowledgementId) throws GovException;
}
