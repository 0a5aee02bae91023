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
package org.xwiki.contrib.gov.policy.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import javax.inject.Inject;
import javax.inject.Provider;
import javax.inject.Singleton;

import org.slf4j.Logger;
import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.NotFoundException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.agency.Agency;
import org.xwiki.contrib.gov.agency.AgencyRegistry;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.input.Inputs;
import org.xwiki.contrib.gov.policy.AssignmentState;
import org.xwiki.contrib.gov.policy.Audience;
import org.xwiki.contrib.gov.policy.Guideline;
import org.xwiki.contrib.gov.policy.GuidelineContent;
import org.xwiki.contrib.gov.policy.GuidelineService;
import org.xwiki.contrib.gov.policy.GuidelineStatus;
import org.xwiki.contrib.gov.policy.GuidelineVersion;
import org.xwiki.contrib.gov.policy.PublicationConfirmation;
import org.xwiki.contrib.gov.policy.PublicationRequest;
import org.xwiki.contrib.gov.policy.PublicationResult;
import org.xwiki.contrib.gov.policy.PublishedGuideline;
import org.xwiki.contrib.gov.policy.VersionChanges;
import org.xwiki.contrib.gov.policy.VersionKind;
import org.xwiki.contrib.gov.policy.internal.audience.AudienceResolver;
import org.xwiki.contrib.gov.policy.internal.content.ContentValidator;
import org.xwiki.contrib.gov.policy.internal.content.VersionCache;
import org.xwiki.contrib.gov.policy.internal.content.VersionComparison;
import org.xwiki.contrib.gov.policy.internal.store.ContentCodec;
import org.xwiki.contrib.gov.policy.internal.store.JdbcAssignmentStore;
import org.xwiki.contrib.gov.policy.internal.store.JdbcGuidelineStore;
import org.xwiki.contrib.gov.policy.internal.store.JdbcTallyStore;
import org.xwiki.contrib.gov.policy.internal.store.PolicyWrites;
import org.xwiki.contrib.gov.policy.internal.store.TallyRow;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.store.SqlStates;

/**
 * Guidelines: drafts, audiences, publications and retirement, each checked, done in one transaction with its audit
 * record.
 *
 * @version $Id$
 */
@Component
@Singleton
public class DefaultGuidelineService implements GuidelineService
{
    /** Guideline keys: upper-case letters, digits and underscores, starting with a letter. */
    public static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    private static final int MAX_LABEL = 32;

    private static final int MAX_SUMMARY = 4000;

    private static final int MAX_GRACE_DAYS = 365;

    private static final String GUIDELINE = "guideline";

    @Inject
    private GovStore store;

    @Inject
    private JdbcGuidelineStore guidelines;

    @Inject
    private JdbcAssignmentStore assignments;

    @Inject
    private JdbcTallyStore tally;

    @Inject
    private Provider<PolicyWrites> writes;

    @Inject
    private AudienceResolver audiences;

    @Inject
    private VersionCache versions;

    @Inject
    private PolicyAccess access;

    @Inject
    private VersionComparison comparison;

    @Inject
    private AgencyRegistry agencies;

    @Inject
    private AuditLog auditLog;

    @Inject
    private PolicyConfiguration configuration;

    @Inject
    private Clock clock;

    @Inject
    private Logger logger;

    private final ContentCodec codec = new ContentCodec();

    private final Map<String, VersionChanges> changes = new ConcurrentHashMap<>();

    @Override
    public void create(Actor actor, String key, Optional<String> agencyKey, GuidelineContent draft)
        throws GovException
    {
        String checkedKey = Inputs.requireKey("gov.policy.field.key", key, KEY);
        GuidelineContent checked = ContentValidator.check(draft);
        Guideline guideline = new Guideline(checkedKey, agencyKey, GuidelineStatus.ACTIVE, checked,
            this.configuration.getDefaultJoinerGraceDays(), 0, 0);
        this.access.checkManage(actor, guideline);
        if (agencyKey.isPresent() && this.agencies.getAgency(agencyKey.get()).isEmpty()) {
            throw new GovException("gov.core.error.agency.unknown", agencyKey.get());
        }
        this.store.inTransaction(connection -> {
            try {
                this.guidelines.insert(connection, guideline, this.clock.instant(), actor.auditId());
            } catch (SQLException e) {
                if (SqlStates.isUniqueViolation(e)) {
                    throw new GovException("gov.policy.error.duplicate", checkedKey);
                }
                throw e;
            }
            return this.auditLog.append(actor, "policy.guideline.created", Map.of(GUIDELINE, checkedKey, "agency",
                agencyKey.orElse(""), "draftHash", this.codec.hash(checked)));
        });
    }

    @Override
    public void saveDraft(Actor actor, String key, GuidelineContent draft) throws GovException
    {
        GuidelineContent checked = ContentValidator.check(draft);
        this.store.inTransaction(connection -> {
            Guideline guideline = lockActive(connection, actor, key);
            this.guidelines.update(connection, new Guideline(key, guideline.agencyKey(), guideline.status(), checked,
                guideline.joinerGraceDays(), guideline.currentVersion(), guideline.currentMajor()),
                this.clock.instant());
            return this.auditLog.append(actor, "policy.guideline.draftSaved",
                Map.of(GUIDELINE, key, "draftHash", this.codec.hash(checked)));
        });
    }

    @Override
    public void saveAudience(Actor actor, String key, Audience audience, int joinerGraceDays) throws GovException
    {
        if (joinerGraceDays < 1 || joinerGraceDays > MAX_GRACE_DAYS) {
            throw new GovException("gov.policy.error.graceDays", MAX_GRACE_DAYS);
        }
        Guideline guideline = getForManagement(actor, key);
        this.audiences.check(audience, guideline.agencyKey());
        this.store.inTransaction(connection -> {
            Guideline locked = lockActive(connection, actor, key);
            this.guidelines.replaceAudience(connection, key, audience);
            this.guidelines.update(connection, new Guideline(key, locked.agencyKey(), locked.status(),
                locked.draft(), joinerGraceDays, locked.currentVersion(), locked.currentMajor()), this.clock.instant());
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put(GUIDELINE, key);
            payload.put("agencies", sorted(audience.agencies()));
            payload.put("units", sorted(audience.units()));
            payload.put("groups", sorted(audience.groups()));
            payload.put("people", sorted(audience.people()));
            payload.put("exemptions", sorted(audience.exemptions()));
            payload.put("joinerGraceDays", joinerGraceDays);
            return this.auditLog.append(actor, "policy.audience.saved", payload);
        });
    }

    @Override
    public PublicationResult publish(Actor actor, String key, PublicationRequest request) throws GovException
    {
        String label = Inputs.requireText("gov.policy.field.label", request.label(), MAX_LABEL);
        Bilingual summary = new Bilingual(
            Inputs.requireMultilineText("gov.policy.field.summaryEn", request.changeSummary().english(), MAX_SUMMARY),
            Inputs.requireMultilineText("gov.policy.field.summaryFr", request.changeSummary().french(), MAX_SUMMARY));
        Optional<LocalDate> dueDate = Optional.empty();
        if (request.kind() == VersionKind.MAJOR) {
            LocalDate due = request.dueDate().orElseThrow(() -> new GovException("gov.policy.field.dueDate.required"));
            if (due.isBefore(this.configuration.today())) {
                throw new GovException("gov.policy.error.dueDateInPast", due);
            }
            dueDate = Optional.of(due);
        }
        Optional<LocalDate> checkedDue = dueDate;
        PublicationResult result = this.store.inTransaction(connection -> {
            Guideline guideline = lockActive(connection, actor, key);
            if (!guideline.isPublished() && request.kind() == VersionKind.MINOR) {
                throw new GovException("gov.policy.error.firstVersionMajor");
            }
            GuidelineContent content = ContentValidator.check(guideline.draft());
            Map<String, Object> confirmed = checkTexts(connection, guideline, content, request);
            Instant now = this.clock.instant();
            int number = guideline.currentVersion() + 1;
            GuidelineVersion version = new GuidelineVersion(key, number, label, request.kind(), now, actor.auditId(),
                summary, content, this.codec.hash(content), checkedDue);
            this.guidelines.insertVersion(connection, version);
            long assigned = 0;
            long withoutHome = 0;
            int major = guideline.currentMajor();
            if (request.kind() == VersionKind.MAJOR) {
                // The previous major version's pending assignments stay as they are: no reader looks past the current
                // major version, so they are superseded without a write each (a million rows at a government's scale).
                this.audiences.resolve(connection, key, this.guidelines.readAudience(connection, key));
                this.assignments.recordAssignmentsAfter(connection, key, number);
                assigned = this.writes.get().assignAudience(connection, key, number, guideline.agencyKey(), now,
                    checkedDue.orElseThrow());
                if (assigned == 0) {
                    throw new GovException("gov.policy.error.audienceEmpty", key);
                }
                withoutHome = this.assignments.countResolvedWithoutHome(connection, key);
                major = number;
            }
            this.guidelines.update(connection, new Guideline(key, guideline.agencyKey(), guideline.status(),
                guideline.draft(), guideline.joinerGraceDays(), number, major), now);
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put(GUIDELINE, key);
            payload.put("version", number);
            payload.put("label", label);
            payload.put("kind", request.kind().name());
            payload.put("textHash", version.textHash());
            payload.put("dueDate", checkedDue.map(LocalDate::toString).orElse(""));
            payload.put("assigned", assigned);
            payload.putAll(confirmed);
            this.auditLog.append(actor, "policy.version.published", payload);
            return new PublicationResult(version, assigned, withoutHome);
        });
        if (request.kind() == VersionKind.MAJOR) {
            refreshStatistics();
        }
        return result;
    }

    /**
     * The checks on a text that only publication makes: both languages have the same sections, HR confirmed that they
     * say the same thing, and a minor version changing more than the configured share was confirmed as such.
     *
     * @return what HR confirmed and, for a minor version, the share of words changed, for the audit record
     */
    private Map<String, Object> checkTexts(Connection connection, Guideline guideline, GuidelineContent content,
        PublicationRequest request) throws GovException, SQLException
    {
        this.comparison.requireSameSections(content);
        if (!request.confirmations().contains(PublicationConfirmation.LANGUAGES_EQUIVALENT)) {
            throw new GovException("gov.policy.error.languagesNotConfirmed");
        }
        Map<String, Object> confirmed = new LinkedHashMap<>();
        confirmed.put("confirmed", request.confirmations().stream().map(Enum::name).sorted().toList());
        if (request.kind() == VersionKind.MINOR) {
            int changedPercent = this.comparison.changedPercent(
                this.versions.get(connection, guideline.key(), guideline.currentVersion()).content(), content);
            int allowed = this.configuration.getMinorChangePercent();
            if (changedPercent > allowed
                && !request.confirmations().contains(PublicationConfirmation.MINOR_DESPITE_CHANGES)) {
                throw new GovException("gov.policy.error.minorChangesLarge", changedPercent, allowed);
            }
            confirmed.put("changedPercent", changedPercent);
        }
        return confirmed;
    }

    /**
     * After the publication's transaction: H2 commits on {@code ANALYZE}, and a failure here loses nothing, the
     * database's own statistics job catching up later.
     */
    private void refreshStatistics()
    {
        try {
            this.store.inTransaction(connection -> {
                this.writes.get().refreshStatistics(connection);
                return null;
            });
        } catch (GovException e) {
            this.logger.warn("Could not refresh the statistics of the assignments after a publication: {}",
                e.getMessage());
        }
    }

    @Override
    public void retire(Actor actor, String key) throws GovException
    {
        this.store.inTransaction(connection -> {
            Guideline guideline = lockActive(connection, actor, key);
            this.guidelines.update(connection, new Guideline(key, guideline.agencyKey(), GuidelineStatus.RETIRED,
                guideline.draft(), guideline.joinerGraceDays(), guideline.currentVersion(), guideline.currentMajor()),
                this.clock.instant());
            // What is still pending stays so in the store and is read as withdrawn (AssignmentState#under).
            long withdrawn = this.tally.read(connection, key, guideline.currentMajor()).stream()
                .filter(row -> row.key().state() == AssignmentState.PENDING).mapToLong(TallyRow::count).sum();
            return this.auditLog.append(actor, "policy.guideline.retired",
                Map.of(GUIDELINE, key, "withdrawnAssignments", withdrawn));
        });
    }

    @Override
    public Guideline getForManagement(Actor actor, String key) throws GovException
    {
        return this.store.inTransaction(connection -> {
            Guideline guideline = find(connection, key, false);
            this.access.checkManage(connection, actor, guideline);
            return guideline;
        });
    }

    @Override
    public Audience getAudience(Actor actor, String key) throws GovException
    {
        getForManagement(actor, key);
        return this.store.inTransaction(connection -> this.guidelines.readAudience(connection, key));
    }

    @Override
    public List<Optional<String>> listOwners(Actor actor) throws GovException
    {
        List<Optional<String>> owners = new ArrayList<>();
        if (this.access.canOwn(actor, Optional.empty())) {
            owners.add(Optional.empty());
        }
        for (Agency agency : this.agencies.listAgencies()) {
            if (this.access.canOwn(actor, Optional.of(agency.key()))) {
                owners.add(Optional.of(agency.key()));
            }
        }
        return owners;
    }

    @Override
    public List<Guideline> listManageable(Actor actor) throws GovException
    {
        List<Guideline> manageable = new ArrayList<>();
        for (Guideline guideline : this.store.inTransaction(this.guidelines::listAll)) {
            if (this.access.canManage(actor, guideline)) {
                manageable.add(guideline);
            }
        }
        return manageable;
    }

    @Override
    public List<PublishedGuideline> listReadable(Actor actor) throws GovException
    {
        return this.store.inTransaction(connection -> {
            List<PublishedGuideline> readable = new ArrayList<>();
            for (Guideline guideline : this.guidelines.listAll(connection)) {
                if (guideline.isPublished() && this.access.canRead(connection, actor, guideline)) {
                    readable.add(new PublishedGuideline(guideline.key(), guideline.agencyKey(), guideline.status(),
                        this.versions.get(connection, guideline.key(), guideline.currentVersion())));
                }
            }
            return readable;
        });
    }

    @Override
    public List<GuidelineVersion> listVersions(Actor actor, String key) throws GovException
    {
        return this.store.inTransaction(connection -> {
            Guideline guideline = find(connection, key, false);
            checkRead(connection, actor, guideline);
            boolean answers = this.access.canManage(actor, guideline);
            return this.guidelines.listVersions(connection, key).stream()
                .map(version -> answers ? version : version.withoutAnswers()).toList();
        });
    }

    @Override
    public GuidelineVersion getVersion(Actor actor, String key, int number) throws GovException
    {
        return this.store.inTransaction(connection -> {
            Guideline guideline = find(connection, key, false);
            checkRead(connection, actor, guideline);
            GuidelineVersion version = this.guidelines.findVersion(connection, key, number)
                .orElseThrow(() -> new NotFoundException("gov.policy.error.unknownVersion", key, number));
            // The right answers are for those who write the quiz, not for those who take it.
            return this.access.canManage(actor, guideline) ? version : version.withoutAnswers();
        });
    }

    @Override
    public VersionChanges compareWithPrevious(Actor actor, String key, int number, String language)
        throws GovException
    {
        GuidelineVersion newer = getVersion(actor, key, number);
        if (number == 1) {
            return new VersionChanges(List.of(), 0);
        }
        // Published versions never change, nor what changed between two of them: each reader's page view of a major
        // version would otherwise parse and compare both texts again.
        String cacheKey = key + '#' + number + '#' + VersionComparison.shownLanguage(language);
        VersionChanges cached = this.changes.get(cacheKey);
        if (cached == null) {
            GuidelineVersion older = getVersion(actor, key, number - 1);
            cached = this.comparison.compare(older.content(), newer.content(), language);
            this.changes.put(cacheKey, cached);
        }
        return cached;
    }

    @Override
    public VersionChanges compareDraft(Actor actor, String key, String language) throws GovException
    {
        return this.store.inTransaction(connection -> {
            Guideline guideline = find(connection, key, false);
            this.access.checkManage(connection, actor, guideline);
            if (!guideline.isPublished()) {
                throw new GovException("gov.policy.error.notPublished", key);
            }
            GuidelineContent current = this.versions.get(connection, key, guideline.currentVersion()).content();
            return this.comparison.compare(current, guideline.draft(), language);
        });
    }

    private void checkRead(Connection connection, Actor actor, Guideline guideline) throws GovException, SQLException
    {
        if (!this.access.canRead(connection, actor, guideline)) {
            throw PolicyAccess.unknown(guideline.key());
        }
    }

    private Guideline lockActive(Connection connection, Actor actor, String key) throws GovException, SQLException
    {
        Guideline guideline = find(connection, key, true);
        this.access.checkManage(connection, actor, guideline);
        if (guideline.status() == GuidelineStatus.RETIRED) {
            throw new GovException("gov.policy.error.retired", key);
        }
        return guideline;
    }

    private Guideline find(Connection connection, String key, boolean lock) throws GovException, SQLException
    {
        return this.guidelines.find(connection, key, lock)
            .orElseThrow(() -> PolicyAccess.unknown(key));
    }

    private static List<String> sorted(Set<String> values)
    {
        return values.stream().sorted().toList();
    }
}
