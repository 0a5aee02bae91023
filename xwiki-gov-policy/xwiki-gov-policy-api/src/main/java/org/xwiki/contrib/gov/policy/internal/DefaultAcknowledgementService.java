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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

import javax.inject.Inject;
import javax.inject.Provider;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.NotFoundException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.input.Inputs;
import org.xwiki.contrib.gov.policy.Acknowledgement;
import org.xwiki.contrib.gov.policy.AcknowledgementInput;
import org.xwiki.contrib.gov.policy.AcknowledgementMethod;
import org.xwiki.contrib.gov.policy.AcknowledgementService;
import org.xwiki.contrib.gov.policy.Assignment;
import org.xwiki.contrib.gov.policy.AssignmentState;
import org.xwiki.contrib.gov.policy.AssignmentView;
import org.xwiki.contrib.gov.policy.Choice;
import org.xwiki.contrib.gov.policy.Guideline;
import org.xwiki.contrib.gov.policy.GuidelineStatus;
import org.xwiki.contrib.gov.policy.GuidelineVersion;
import org.xwiki.contrib.gov.policy.Question;
import org.xwiki.contrib.gov.policy.internal.content.VersionCache;
import org.xwiki.contrib.gov.policy.internal.export.AcknowledgementEvidence;
import org.xwiki.contrib.gov.policy.internal.export.ReceiptWriter;
import org.xwiki.contrib.gov.policy.internal.store.CurrentAssignment;
import org.xwiki.contrib.gov.policy.internal.store.GuidelineStanding;
import org.xwiki.contrib.gov.policy.internal.store.JdbcAcknowledgementStore;
import org.xwiki.contrib.gov.policy.internal.store.JdbcAssignmentStore;
import org.xwiki.contrib.gov.policy.internal.store.JdbcGuidelineStore;
import org.xwiki.contrib.gov.policy.internal.store.LockedAssignment;
import org.xwiki.contrib.gov.policy.internal.store.PolicyWrites;
import org.xwiki.contrib.gov.policy.internal.store.TallyKey;
import org.xwiki.contrib.gov.store.GovStore;

/**
 * Acknowledgements, HR's extensions and exemptions: each in one transaction with its assignment, its counters and
 * its audit record. An acknowledgement locks its assignment, so that two at once leave exactly one.
 *
 * @version $Id$
 */
@Component
@Singleton
public class DefaultAcknowledgementService implements AcknowledgementService
{
    private static final int MAX_SIGNATURE = 200;

    private static final int MAX_NOTE = 1000;

    private static final String GUIDELINE = "guideline";

    private static final String USER = "user";

    private static final String REASON = "reason";

    @Inject
    private GovStore store;

    @Inject
    private JdbcGuidelineStore guidelines;

    @Inject
    private JdbcAssignmentStore assignments;

    @Inject
    private JdbcAcknowledgementStore acknowledgements;

    @Inject
    private Provider<PolicyWrites> writes;

    @Inject
    private PolicyAccess access;

    @Inject
    private AuditLog auditLog;

    @Inject
    private PolicyConfiguration configuration;

    @Inject
    private ReceiptWriter receipts;

    @Inject
    private AcknowledgementEvidence evidence;

    @Inject
    private Clock clock;

    @Inject
    private VersionCache versions;

    @Override
    public List<AssignmentView> getMyAssignments(Actor actor) throws GovException
    {
        String userId = requireUser(actor);
        LocalDate today = this.configuration.today();
        List<AssignmentView> views = this.store.inTransaction(connection -> {
            List<AssignmentView> mine = new ArrayList<>();
            for (CurrentAssignment current : this.assignments.findCurrent(connection, userId)) {
                Assignment assignment = current.assignment();
                // The person takes the quiz: its right answers are not theirs to see.
                mine.add(new AssignmentView(assignment,
                    version(connection, assignment.guidelineKey(), current.currentVersion()).withoutAnswers(),
                    assignment.isOverdue(today)));
            }
            return mine;
        });
        return views.stream().sorted(Comparator.comparing((AssignmentView view) -> !view.overdue())
            .thenComparing(view -> view.assignment().state() != AssignmentState.PENDING)
            .thenComparing(view -> view.assignment().dueDate())).toList();
    }

    @Override
    public long countMyOverdue(Actor actor) throws GovException
    {
        if (actor.userId().isEmpty()) {
            return 0;
        }
        return this.store.inTransaction(
            connection -> this.assignments.countOverdue(connection, actor.id(), this.configuration.today()));
    }

    @Override
    public Acknowledgement acknowledge(Actor actor, String key, AcknowledgementInput input) throws GovException
    {
        String userId = requireUser(actor);
        if (!input.attested()) {
            throw new GovException("gov.policy.error.attestation");
        }
        Optional<String> signature = Inputs.optional(input.signature().orElse(null));
        if (signature.isPresent()) {
            signature = Optional.of(Inputs.requireText("gov.policy.field.signature", signature.get(), MAX_SIGNATURE));
        }
        Optional<String> checkedSignature = signature;
        return this.store.inTransaction(connection -> {
            LockedAssignment locked = lockOwn(connection, actor, key, OptionalInt.of(input.versionNumber()));
            GuidelineStanding guideline = locked.guideline();
            Assignment assignment = locked.assignment();
            Optional<Acknowledgement> existing = existing(connection, assignment);
            if (existing.isPresent()) {
                return existing.get();
            }
            GuidelineVersion version = version(connection, key, guideline.currentVersion());
            List<Question> questions = version.content().questions();
            Optional<Integer> score = Optional.empty();
            if (!questions.isEmpty()) {
                score = Optional.of(score(questions, input.answers()));
                if (score.get() < version.content().passMark()) {
                    throw new GovException("gov.policy.error.quizFailed", score.get(), version.content().passMark(),
                        questions.size());
                }
            }
            return record(connection, actor, assignment, version, new Acknowledgement(
                locked.acknowledgementId().orElse(0), assignment.id(), key, version.number(), userId,
                version.textHash(), this.clock.instant(),
                AcknowledgementMethod.SELF_SERVICE, actor.auditId(), Optional.empty(), score, questions.size(),
                language(input.language()), checkedSignature));
        });
    }

    @Override
    public Acknowledgement recordOnBehalf(Actor actor, String key, String userId, Locale language, String note)
        throws GovException
    {
        String checkedNote = Inputs.requireMultilineText("gov.policy.field.note", note, MAX_NOTE);
        return this.store.inTransaction(connection -> {
            LockedAssignment locked = lockManaged(connection, actor, key, userId);
            Assignment assignment = locked.assignment();
            Optional<Acknowledgement> existing = existing(connection, assignment);
            if (existing.isPresent()) {
                return existing.get();
            }
            GuidelineVersion version = version(connection, key, locked.guideline().currentVersion());
            return record(connection, actor, assignment, version, new Acknowledgement(0, assignment.id(), key,
                version.number(), userId, version.textHash(), this.clock.instant(), AcknowledgementMethod.ON_BEHALF,
                actor.auditId(), Optional.of(checkedNote), Optional.empty(), version.content().questions().size(),
                language(language), Optional.empty()));
        });
    }

    private Acknowledgement record(Connection connection, Actor actor, Assignment assignment,
        GuidelineVersion version, Acknowledgement acknowledgement) throws SQLException, GovException
    {
        Assignment done = withState(assignment, AssignmentState.DONE, assignment.dueDate(), assignment.reason());
        return this.writes.get().record(connection, acknowledgement, done, deltas(assignment, done),
            LocalDate.ofInstant(acknowledgement.acknowledgedAt(), this.configuration.getTimeZone()),
            saved -> this.auditLog.deferredInsert(actor, AcknowledgementEvidence.EVENT, auditDetails(saved, version)));
    }

    private static Map<String, Object> auditDetails(Acknowledgement saved, GuidelineVersion version)
    {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put(AcknowledgementEvidence.FIELD, saved.id());
        payload.put(GUIDELINE, saved.guidelineKey());
        payload.put("version", version.number());
        payload.put(USER, saved.userId());
        payload.put("textHash", saved.textHash());
        payload.put("method", saved.method().name());
        payload.put("language", saved.language().getLanguage());
        payload.put("quizScore", saved.quizScore().map(String::valueOf).orElse(""));
        payload.put("signature", saved.signature().orElse(""));
        payload.put("note", saved.note().orElse(""));
        return payload;
    }

    @Override
    public void extend(Actor actor, String key, String userId, LocalDate dueDate, String reason) throws GovException
    {
        String checkedReason = Inputs.requireMultilineText("gov.policy.field.reason", reason, MAX_NOTE);
        changePending(actor, key, userId, assignment -> {
            if (!dueDate.isAfter(assignment.dueDate())) {
                throw new GovException("gov.policy.error.extensionNotLater", assignment.dueDate());
            }
            return withState(assignment, AssignmentState.PENDING, dueDate, Optional.of(checkedReason));
        }, "policy.assignment.extended", Map.of("dueDate", dueDate.toString(), REASON, checkedReason));
    }

    @Override
    public void exempt(Actor actor, String key, String userId, String reason) throws GovException
    {
        String checkedReason = Inputs.requireMultilineText("gov.policy.field.reason", reason, MAX_NOTE);
        changePending(actor, key, userId, assignment -> withState(assignment, AssignmentState.EXEMPT,
            assignment.dueDate(), Optional.of(checkedReason)), "policy.assignment.exempted",
            Map.of(REASON, checkedReason));
    }

    /**
     * Computes a pending assignment's new form.
     */
    @FunctionalInterface
    private interface AssignmentChange
    {
        Assignment apply(Assignment pending) throws GovException;
    }

    private void changePending(Actor actor, String key, String userId, AssignmentChange change, String eventType,
        Map<String, String> details) throws GovException
    {
        this.store.inTransaction(connection -> {
            Assignment assignment = lockManaged(connection, actor, key, userId).assignment();
            if (assignment.state() != AssignmentState.PENDING) {
                throw new GovException("gov.policy.error.notPending", userId, key);
            }
            Assignment changed = change.apply(assignment);
            this.assignments.update(connection, changed);
            this.writes.get().addToTally(connection, deltas(assignment, changed));
            Map<String, Object> payload = new LinkedHashMap<>(details);
            payload.put(GUIDELINE, key);
            payload.put("version", assignment.majorVersion());
            payload.put(USER, userId);
            return this.auditLog.append(actor, eventType, payload);
        });
    }

    @Override
    public List<Acknowledgement> getMyHistory(Actor actor) throws GovException
    {
        String userId = requireUser(actor);
        return this.store.inTransaction(connection -> this.acknowledgements.findByUser(connection, userId));
    }

    @Override
    public String getReceipt(Actor actor, long acknowledgementId) throws GovException
    {
        String userId = requireUser(actor);
        Map.Entry<Acknowledgement, GuidelineVersion> acknowledged = this.store.inTransaction(connection -> {
            Acknowledgement acknowledgement = this.acknowledgements.find(connection, acknowledgementId)
                .filter(found -> found.userId().equals(userId))
                .orElseThrow(() -> new NotFoundException("gov.policy.error.unknownAcknowledgement",
                    acknowledgementId));
            return Map.entry(acknowledgement,
                version(connection, acknowledgement.guidelineKey(), acknowledgement.versionNumber()));
        });
        return this.receipts.write(acknowledged.getKey(), acknowledged.getValue(),
            this.evidence.of(acknowledged.getKey()));
    }

    private static TreeMap<TallyKey, Long> deltas(Assignment before, Assignment after)
    {
        TreeMap<TallyKey, Long> deltas = new TreeMap<>();
        deltas.merge(TallyKey.of(before), -1L, Long::sum);
        deltas.merge(TallyKey.of(after), 1L, Long::sum);
        return deltas;
    }

    private Optional<Acknowledgement> existing(Connection connection, Assignment assignment)
        throws SQLException, GovException
    {
        if (assignment.state() == AssignmentState.DONE) {
            return this.acknowledgements.findByAssignment(connection, assignment.id());
        }
        if (assignment.state() != AssignmentState.PENDING) {
            throw new GovException("gov.policy.error.notRequired", assignment.guidelineKey());
        }
        return Optional.empty();
    }

    /**
     * The person's current assignment of the guideline, for HR to act on: the right to is checked on the person's home
     * agency before anything is read, then again on the locked assignment, which moves with the person should they
     * have changed agency in between.
     */
    private LockedAssignment lockManaged(Connection connection, Actor actor, String key, String userId)
        throws SQLException, GovException
    {
        this.access.checkManagePerson(actor, userId);
        LockedAssignment locked = lockCurrent(connection, key, userId, OptionalInt.empty());
        this.access.checkManageAssignment(actor, locked.assignment().agencyKey());
        return locked;
    }

    /**
     * The caller's own current assignment. Whoever may not read the guideline is told it does not exist, whatever else
     * would have been refused (retired, not published, not assigned), so that the refusal says nothing of it.
     */
    private LockedAssignment lockOwn(Connection connection, Actor actor, String key, OptionalInt versionNumber)
        throws SQLException, GovException
    {
        try {
            return lockCurrent(connection, key, actor.id(), versionNumber);
        } catch (NotFoundException e) {
            throw e;
        } catch (GovException e) {
            Optional<Guideline> guideline = this.guidelines.find(connection, key, false);
            if (guideline.isEmpty() || !this.access.canRead(connection, actor, guideline.get())) {
                throw PolicyAccess.unknown(key);
            }
            throw e;
        }
    }

    /**
     * The person's assignment of the guideline's current major version, locked until the transaction ends, once the
     * guideline is found in force and, when a version number is given, still at that version.
     */
    private LockedAssignment lockCurrent(Connection connection, String key, String userId, OptionalInt versionNumber)
        throws SQLException, GovException
    {
        // One round trip where the database allows it, the common case on the busiest path.
        Optional<LockedAssignment> locked = this.writes.get().lockCurrent(connection, key, userId);
        if (locked.isPresent()) {
            checkStanding(locked.get().guideline(), versionNumber);
            return locked.get();
        }
        GuidelineStanding guideline = find(connection, key);
        checkStanding(guideline, versionNumber);
        Assignment assignment = this.assignments.lock(connection, key, guideline.currentMajor(), userId)
            .orElseThrow(() -> new GovException("gov.policy.error.noAssignment", key));
        return new LockedAssignment(guideline, assignment);
    }

    private static void checkStanding(GuidelineStanding guideline, OptionalInt versionNumber) throws GovException
    {
        if (guideline.status() == GuidelineStatus.RETIRED) {
            throw new GovException("gov.policy.error.retired", guideline.key());
        }
        if (!guideline.isPublished()) {
            throw new GovException("gov.policy.error.notPublished", guideline.key());
        }
        if (versionNumber.isPresent() && versionNumber.getAsInt() != guideline.currentVersion()) {
            throw new GovException("gov.policy.error.superseded", versionNumber.getAsInt(),
                guideline.currentVersion());
        }
    }

    private GuidelineStanding find(Connection connection, String key) throws SQLException, GovException
    {
        return this.guidelines.findStanding(connection, key)
            .orElseThrow(() -> PolicyAccess.unknown(key));
    }

    private GuidelineVersion version(Connection connection, String key, int number) throws SQLException, GovException
    {
        return this.versions.get(connection, key, number);
    }

    private static int score(List<Question> questions, List<Integer> answers) throws GovException
    {
        if (answers.size() != questions.size()) {
            throw new GovException("gov.policy.error.unanswered", questions.size());
        }
        int score = 0;
        for (int index = 0; index < questions.size(); index++) {
            Integer answer = answers.get(index);
            List<Choice> choices = questions.get(index).choices();
            if (answer == null || answer < 0 || answer >= choices.size()) {
                throw new GovException("gov.policy.error.unanswered", questions.size());
            }
            if (choices.get(answer).correct()) {
                score++;
            }
        }
        return score;
    }

    private static Locale language(Locale locale)
    {
        return Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
    }

    private static Assignment withState(Assignment a, AssignmentState state, LocalDate dueDate,
        Optional<String> reason)
    {
        return new Assignment(a.id(), a.guidelineKey(), a.majorVersion(), a.userId(), a.agencyKey(), a.unitKey(),
            a.assignedAt(), dueDate, state, reason);
    }

    private static String requireUser(Actor actor) throws GovException
    {
        return actor.userId().orElseThrow(() -> new AccessDeniedException("policy.acknowledge"));
    }
}
