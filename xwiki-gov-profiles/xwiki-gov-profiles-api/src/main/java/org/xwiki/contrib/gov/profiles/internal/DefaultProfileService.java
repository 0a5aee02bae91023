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

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.authorization.GovAuthorization;
import org.xwiki.contrib.gov.directory.WikiDirectory;
import org.xwiki.contrib.gov.profiles.Completeness;
import org.xwiki.contrib.gov.profiles.HrFields;
import org.xwiki.contrib.gov.profiles.OrgChart;
import org.xwiki.contrib.gov.profiles.PersonSummary;
import org.xwiki.contrib.gov.profiles.PersonalDetails;
import org.xwiki.contrib.gov.profiles.PersonalField;
import org.xwiki.contrib.gov.profiles.Profile;
import org.xwiki.contrib.gov.profiles.ProfileOperations;
import org.xwiki.contrib.gov.profiles.ProfileService;
import org.xwiki.contrib.gov.profiles.ProfileView;
import org.xwiki.contrib.gov.profiles.SkillView;
import org.xwiki.contrib.gov.profiles.Visibility;
import org.xwiki.contrib.gov.profiles.internal.JdbcEndorsementStore.EndorsementCount;
import org.xwiki.contrib.gov.profiles.internal.search.ProfileIndex;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipService;
import org.xwiki.contrib.gov.store.GovStore;

/**
 * Profiles on the gov store: every read filtered by {@link Viewer}, every change logged for the search index (and
 * applied to it before returning, so the change is searchable at once).
 *
 * @version $Id$
 */
@Component
@Singleton
public class DefaultProfileService implements ProfileService
{
    private static final String USER = "user";

    private static final String SKILL = "skill";

    private static final int MAX_CHAIN = 100;

    private static final int MAX_UNIT_MEMBERS = 200;

    @Inject
    private GovStore store;

    @Inject
    private JdbcProfileStore profiles;

    @Inject
    private JdbcOrgChartReads orgChart;

    @Inject
    private JdbcEndorsementStore endorsements;

    @Inject
    private JdbcProfileChangeLog changes;

    @Inject
    private ProfileValidator validator;

    @Inject
    private ViewerResolver viewers;

    @Inject
    private GovAuthorization authorization;

    @Inject
    private MembershipService memberships;

    @Inject
    private WikiDirectory directory;

    @Inject
    private AuditLog auditLog;

    @Inject
    private ProfileIndex index;

    @Inject
    private ProfileWrites writes;

    @Inject
    private JdbcSkillVocabulary vocabulary;

    @Inject
    private Clock clock;

    @Override
    public ProfileView get(Actor actor, String userId) throws GovException
    {
        Viewer viewer = this.viewers.resolve(actor);
        ProfileWithEndorsements read = this.store.inTransaction(connection -> new ProfileWithEndorsements(
            require(connection, userId), this.endorsements.counts(connection, userId, viewer.userId().orElse(""))));
        Profile profile = read.profile();
        Set<PersonalField> shown = EnumSet.noneOf(PersonalField.class);
        for (PersonalField field : PersonalField.values()) {
            if (viewer.canSee(profile.visibilityOf(field), userId, profile.agencyKey())) {
                shown.add(field);
            }
        }
        List<SkillView> skills = new ArrayList<>();
        if (shown.contains(PersonalField.SKILLS)) {
            for (String skill : profile.details().skills()) {
                EndorsementCount count = read.endorsements().getOrDefault(skill, new EndorsementCount(0, false));
                skills.add(new SkillView(skill, count.count(), count.byViewer()));
            }
        }
        boolean self = viewer.isSelf(userId);
        return new ProfileView(userId, profile.agencyKey(), profile.unitKey(), profile.hr(),
            ProfileFilter.keep(profile.details(), shown), skills, shown,
            self ? profile.visibilities() : Map.of(), profile.active(), self, canEditHr(actor, profile.agencyKey()));
    }

    /** A profile and its endorsement counts, read in one transaction. */
    private record ProfileWithEndorsements(Profile profile, Map<String, EndorsementCount> endorsements)
    {
    }

    private boolean canEditHr(Actor actor, Optional<String> agencyKey) throws GovException
    {
        return agencyKey.isPresent()
            && this.authorization.isAllowed(actor, ProfileOperations.EDIT_HR_FIELDS, agencyKey);
    }

    private Profile require(Connection connection, String userId) throws SQLException, GovException
    {
        return this.profiles.find(connection, userId)
            .orElseThrow(() -> new GovException("gov.profiles.error.unknownPerson", userId));
    }

    @Override
    public void updateOwn(Actor actor, PersonalDetails details, Map<PersonalField, Visibility> visibilities)
        throws GovException
    {
        Viewer viewer = this.viewers.resolve(actor);
        String userId = viewer.userId().orElseThrow(() -> new AccessDeniedException("profiles.own.edit"));
        PersonalDetails checked = this.validator.check(details);
        visibilities.values().forEach(Objects::requireNonNull);
        String name = this.directory.getDisplayName(userId).orElse(userId);
        this.store.inTransaction(connection -> {
            List<String> unlisted = this.vocabulary.unlisted(connection, userId, checked.skills());
            if (!unlisted.isEmpty()) {
                throw new GovException("gov.profiles.field.skills.notInVocabulary", String.join(", ", unlisted));
            }
            long now = this.clock.millis();
            this.profiles.createIfMissing(connection, userId, name, now);
            this.profiles.lock(connection, userId);
            this.profiles.updatePersonal(connection, userId, checked, visibilities, now);
            this.endorsements.keepOnly(connection, userId, checked.skills());
            this.changes.record(connection, userId, now);
            return null;
        });
        this.index.catchUp();
    }

    @Override
    public void updateHr(Actor actor, String userId, HrFields hr) throws GovException
    {
        checkHrOf(actor, userId);
        HrFields checked = this.validator.check(hr);
        this.store.inTransaction(connection -> {
            this.writes.writeHr(connection, actor, userId, checked, this.clock.millis(), false);
            return null;
        });
        this.index.catchUp();
    }

    @Override
    public void setActive(Actor actor, String userId, boolean active) throws GovException
    {
        checkHrOf(actor, userId);
        this.store.inTransaction(connection -> {
            this.writes.writeActive(connection, actor, userId, active, this.clock.millis(), false);
            if (!active) {
                this.memberships.departed(actor, List.of(userId));
            }
            return null;
        });
        this.index.catchUp();
    }

    private void checkHrOf(Actor actor, String userId) throws GovException
    {
        Membership membership = this.memberships.get(userId)
            .orElseThrow(() -> new GovException("gov.profiles.error.noAgency", userId));
        this.authorization.check(actor, ProfileOperations.EDIT_HR_FIELDS, Optional.of(membership.agencyKey()));
    }

    @Override
    public void endorse(Actor actor, String userId, String skill) throws GovException
    {
        Viewer viewer = this.viewers.resolve(actor);
        String endorser = viewer.userId().orElseThrow(() -> new AccessDeniedException("profiles.skill.endorse"));
        if (endorser.equals(userId)) {
            throw new GovException("gov.profiles.error.selfEndorsement");
        }
        String tag = this.validator.normaliseSkill(skill);
        boolean added = this.store.inTransaction(connection -> {
            this.profiles.lock(connection, userId);
            Profile profile = require(connection, userId);
            if (!viewer.canSee(profile.visibilityOf(PersonalField.SKILLS), userId, profile.agencyKey())
                || !profile.details().skills().contains(tag)) {
                throw new GovException("gov.profiles.error.unknownSkill", tag);
            }
            long now = this.clock.millis();
            if (!this.endorsements.add(connection, userId, tag, endorser, now)) {
                return false;
            }
            this.changes.record(connection, userId, now);
            this.auditLog.append(actor, "profiles.skill.endorsed", Map.of(USER, userId, SKILL, tag));
            return true;
        });
        if (added) {
            this.index.catchUp();
        }
    }

    @Override
    public void withdrawEndorsement(Actor actor, String userId, String skill) throws GovException
    {
        Viewer viewer = this.viewers.resolve(actor);
        String endorser =
            viewer.userId().orElseThrow(() -> new AccessDeniedException("profiles.skill.withdraw"));
        String tag = this.validator.normaliseSkill(skill);
        boolean removed = this.store.inTransaction(connection -> {
            this.profiles.lock(connection, userId);
            if (!this.endorsements.remove(connection, userId, tag, endorser)) {
                return false;
            }
            this.changes.record(connection, userId, this.clock.millis());
            this.auditLog.append(actor, "profiles.skill.withdrawn", Map.of(USER, userId, SKILL, tag));
            return true;
        });
        if (removed) {
            this.index.catchUp();
        }
    }

    @Override
    public OrgChart getOrgChart(Actor actor, String userId) throws GovException
    {
        this.viewers.resolve(actor);
        return this.store.inTransaction(connection -> {
            PersonSummary person = this.orgChart.findSummary(connection, userId)
                .orElseThrow(() -> new GovException("gov.profiles.error.unknownPerson", userId));
            List<PersonSummary> chain = new ArrayList<>();
            Set<String> seen = new HashSet<>(Set.of(userId));
            Optional<String> manager = this.orgChart.findManager(connection, userId);
            while (manager.isPresent() && seen.add(manager.get()) && chain.size() < MAX_CHAIN) {
                Optional<PersonSummary> summary = this.orgChart.findSummary(connection, manager.get());
                if (summary.isEmpty()) {
                    break;
                }
                chain.add(summary.get());
                manager = this.orgChart.findManager(connection, manager.get());
            }
            List<PersonSummary> reports = this.orgChart.findReports(connection, userId);
            // Whoever the chart already shows as a manager or a direct report is not listed again among the unit's.
            chain.forEach(shown -> seen.add(shown.userId()));
            reports.forEach(shown -> seen.add(shown.userId()));
            List<PersonSummary> unit = person.unitKey().isEmpty() ? List.of()
                : this.orgChart.findUnitMembers(connection, person.unitKey().get(), MAX_UNIT_MEMBERS + seen.size())
                    .stream().filter(member -> !seen.contains(member.userId())).limit(MAX_UNIT_MEMBERS).toList();
            return new OrgChart(person, chain, reports, unit);
        });
    }

    @Override
    public Completeness getCompleteness(Actor actor, String userId) throws GovException
    {
        Viewer viewer = this.viewers.resolve(actor);
        Profile profile = this.store.inTransaction(connection -> require(connection, userId));
        if (!viewer.isSelf(userId) && !canEditHr(actor, profile.agencyKey())) {
            throw new AccessDeniedException("profiles.completeness.view");
        }
        return ProfileCompleteness.of(profile);
    }
}
