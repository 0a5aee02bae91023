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
package org.xwiki.contrib.gov.profiles.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.agency.Agency;
import org.xwiki.contrib.gov.agency.AgencyRegistry;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.authorization.GovAuthorization;
import org.xwiki.contrib.gov.profiles.AgencyProfileSettings;
import org.xwiki.contrib.gov.profiles.PersonalField;
import org.xwiki.contrib.gov.profiles.ProfileOperations;
import org.xwiki.contrib.gov.profiles.ProfileSettingsService;
import org.xwiki.contrib.gov.profiles.Visibility;
import org.xwiki.contrib.gov.profiles.internal.search.ProfileIndex;
import org.xwiki.contrib.gov.store.GovStore;

/**
 * Agency profile settings on the gov store. A change of defaults is logged for the search index (the visibility of
 * the agency's people's fields changes with it); each change goes into the audit chain.
 *
 * @version $Id$
 */
@Component
@Singleton
public class DefaultProfileSettingsService implements ProfileSettingsService
{
    private static final String AGENCY = "agency";

    @Inject
    private GovStore store;

    @Inject
    private JdbcVisibilityDefaults visibilityDefaults;

    @Inject
    private JdbcSkillVocabulary vocabulary;

    @Inject
    private JdbcProfileChangeLog changes;

    @Inject
    private ProfileValidator validator;

    @Inject
    private GovAuthorization authorization;

    @Inject
    private AgencyRegistry agencies;

    @Inject
    private AuditLog auditLog;

    @Inject
    private ProfileIndex index;

    @Inject
    private Clock clock;

    @Override
    public List<String> getManageableAgencies(Actor actor) throws GovException
    {
        return this.authorization.allowedAgencies(actor, ProfileOperations.MANAGE_SETTINGS,
            this.agencies.listAgencies().stream().map(Agency::key).toList());
    }

    @Override
    public AgencyProfileSettings get(Actor actor, String agencyKey) throws GovException
    {
        checkManager(actor, agencyKey);
        return this.store.inTransaction(connection -> new AgencyProfileSettings(agencyKey,
            this.visibilityDefaults.read(connection, agencyKey), this.vocabulary.read(connection, agencyKey)));
    }

    @Override
    public void setDefaults(Actor actor, String agencyKey, Map<PersonalField, Visibility> defaults)
        throws GovException
    {
        checkManager(actor, agencyKey);
        defaults.values().forEach(Objects::requireNonNull);
        this.store.inTransaction(connection -> {
            this.visibilityDefaults.replace(connection, agencyKey, defaults);
            this.changes.recordAgency(connection, agencyKey, this.clock.millis());
            this.auditLog.append(actor, "profiles.defaults.set", Map.of(AGENCY, agencyKey, "defaults",
                defaults.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue()).sorted().toList()));
            return null;
        });
        this.index.catchUp();
    }

    @Override
    public List<String> setSkillVocabulary(Actor actor, String agencyKey, List<String> skills) throws GovException
    {
        checkManager(actor, agencyKey);
        Set<String> tags = new LinkedHashSet<>();
        for (String skill : skills) {
            tags.add(this.validator.normaliseSkill(skill));
        }
        if (tags.size() > MAX_VOCABULARY) {
            throw new GovException("gov.profiles.settings.error.vocabularyTooLong", MAX_VOCABULARY);
        }
        List<String> sorted = tags.stream().sorted().toList();
        this.store.inTransaction(connection -> {
            List<String> before = this.vocabulary.read(connection, agencyKey);
            this.vocabulary.replace(connection, agencyKey, sorted);
            this.auditLog.append(actor, "profiles.vocabulary.set", Map.of(AGENCY, agencyKey, "added",
                without(sorted, before), "removed", without(before, sorted), "size", sorted.size()));
            return null;
        });
        return sorted;
    }

    @Override
    public List<String> getSkillVocabulary(Actor actor, String agencyKey) throws GovException
    {
        this.authorization.check(actor, ProfileOperations.VIEW_DIRECTORY, Optional.of(agencyKey));
        return this.store.inTransaction(connection -> this.vocabulary.read(connection, agencyKey));
    }

    private void checkManager(Actor actor, String agencyKey) throws GovException
    {
        this.authorization.check(actor, ProfileOperations.MANAGE_SETTINGS, Optional.of(agencyKey));
        if (this.agencies.getAgency(agencyKey).isEmpty()) {
            throw new GovException("gov.core.error.agency.unknown", agencyKey);
        }
    }

    private static List<String> without(List<String> skills, List<String> removed)
    {
        List<String> left = new ArrayList<>(skills);
        left.removeAll(Set.copyOf(removed));
        return left;
    }
}
