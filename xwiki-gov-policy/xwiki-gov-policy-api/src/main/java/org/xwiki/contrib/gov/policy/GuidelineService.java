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

import java.util.List;
import java.util.Optional;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;

/**
 * Guidelines, their drafts, audiences and published versions. Changes need {@link PolicyOperations#MANAGE_GUIDELINE}
 * and are recorded in the audit log with the change.
 *
 * @version $Id$
 * @since 1.0
 */
@Role
public interface GuidelineService
{
    /**
     * @param actor who creates it
     * @param key the new guideline's key
     * @param agencyKey the owning agency, empty for a government-wide guideline
     * @param draft the first draft
     * @throws GovException when the key is malformed or taken, the agency unknown, the draft invalid, or the actor
     *     may not
     */
    void create(Actor actor, String key, Optional<String> agencyKey, GuidelineContent draft) throws GovException;

    /**
     * @param actor who edits it
     * @param key the guideline
     * @param draft the new draft
     * @throws GovException when the guideline is unknown or retired, the draft invalid, or the actor may not
     */
    void saveDraft(Actor actor, String key, GuidelineContent draft) throws GovException;

    /**
     * @param actor who sets it
     * @param key the guideline
     * @param audience who must acknowledge it
     * @param joinerGraceDays the days a later joiner has to acknowledge, 1 to 365
     * @throws GovException when an agency, unit, group or person is unknown, lies outside the owning agency, or the
     *     actor may not
     */
    void saveAudience(Actor actor, String key, Audience audience, int joinerGraceDays) throws GovException;

    /**
     * Publishes the draft as a new immutable version; a major version assigns it to its audience, which must not
     * resolve to nobody. The English and French texts must have the same sections, and HR must confirm that they say
     * the same thing ({@link PublicationConfirmation#LANGUAGES_EQUIVALENT}); a minor version changing more words than
     * the configured share ({@code gov.policy.minorChangePercent}) must be confirmed as minor
     * ({@link PublicationConfirmation#MINOR_DESPITE_CHANGES}). What was confirmed goes in the audit record.
     *
     * @param actor who publishes
     * @param key the guideline
     * @param request the kind, label, change summary and due date
     * @return the version and how many people it was assigned to
     * @throws GovException when the draft or request is invalid, the languages' sections differ, a confirmation is
     *     missing, the audience resolves to nobody, or the actor may not; nothing is published then
     */
    PublicationResult publish(Actor actor, String key, PublicationRequest request) throws GovException;

    /**
     * Retires a guideline: it stays readable with its history; pending assignments are withdrawn.
     *
     * @param actor who retires it
     * @param key the guideline
     * @throws GovException when the guideline is unknown or retired already, or the actor may not
     */
    void retire(Actor actor, String key) throws GovException;

    /**
     * @param actor who asks
     * @param key a guideline key
     * @return the guideline, when the actor may manage it
     * @throws GovException when the guideline is unknown or the actor may not manage it
     */
    Guideline getForManagement(Actor actor, String key) throws GovException;

    /**
     * @param actor who asks
     * @param key a guideline key
     * @return its audience, when the actor may manage the guideline
     * @throws GovException when the guideline is unknown or the actor may not manage it
     */
    Audience getAudience(Actor actor, String key) throws GovException;

    /**
     * @param actor who asks
     * @return the guidelines the actor may manage, by key
     * @throws GovException when the store fails
     */
    List<Guideline> listManageable(Actor actor) throws GovException;

    /**
     * @param actor who asks
     * @return who may own a guideline the actor creates: the keys of the agencies they manage guidelines for, and an
     *     empty key first when they may create government-wide ones
     * @throws GovException when the agencies cannot be read
     */
    List<Optional<String>> listOwners(Actor actor) throws GovException;

    /**
     * @param actor who asks
     * @return the published guidelines the actor may read, retired ones included, by key; without their drafts
     * @throws GovException when the store fails
     */
    List<PublishedGuideline> listReadable(Actor actor) throws GovException;

    /**
     * @param actor who reads
     * @param key the guideline
     * @return its versions, newest first; their quizzes without the right answers but for those who may manage it
     * @throws GovException when the guideline is unknown or the actor may not read it
     */
    List<GuidelineVersion> listVersions(Actor actor, String key) throws GovException;

    /**
     * @param actor who reads
     * @param key the guideline
     * @param number a version number
     * @return that version; its quiz without the right answers but for those who may manage the guideline
     * @throws GovException when it does not exist or the actor may not read the guideline
     */
    GuidelineVersion getVersion(Actor actor, String key, int number) throws GovException;

    /**
     * @param actor who reads
     * @param key the guideline
     * @param number a version number
     * @param language the language of the sections shown: {@code fr} for French, English otherwise
     * @return what changed in the text from the version before it; nothing for the first version
     * @throws GovException when the version does not exist or the actor may not read the guideline
     */
    VersionChanges compareWithPrevious(Actor actor, String key, int number, String language) throws GovException;

    /**
     * @param actor who publishes
     * @param key the guideline
     * @param language the language of the sections shown: {@code fr} for French, English otherwise
     * @return what publishing the draft would change in the text of the current version
     * @throws GovException when the guideline is unknown or unpublished, its draft cannot be parsed, or the actor may
     *     not manage it
     */
    VersionChanges compareDraft(Actor actor, String key, String language) throws GovException;
}
