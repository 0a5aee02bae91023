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
package org.xwiki.contrib.gov.profiles.internal.importer;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.clearance.ClearanceService;
import org.xwiki.contrib.gov.profiles.HrFields;
import org.xwiki.contrib.gov.profiles.ImportProblem;
import org.xwiki.contrib.gov.profiles.internal.ProfileWrites;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipService;
import org.xwiki.contrib.gov.store.GovStore;

/**
 * Applies a recorded import one chunk per transaction, the chunk's changes and the import's new position committing
 * together: a crash loses at most the chunk under way, which the next run applies again from the start. A row is
 * checked (manager known, no cycle, the actor may move the person) before anything of it is written, so a refused
 * row leaves nothing behind.
 *
 * @version $Id$
 */
@Component(roles = ImportApplier.class)
@Singleton
public class ImportApplier
{
    /** The first phase: HR fields, units, known managers. */
    public static final String FIELDS = "FIELDS";

    /** The phase of a complete import. */
    public static final String DONE = "DONE";

    /** The rows applied, counted by outcome. */
    public static final String CREATED = "CREATED";

    /** A person whose HR fields, unit or manager changed. */
    public static final String UPDATED = "UPDATED";

    /** A person already as the file says. */
    public static final String UNCHANGED = "UNCHANGED";

    /** A row refused when applied. */
    public static final String REJECTED = "REJECTED";

    private static final String MANAGERS = "MANAGERS";

    private static final String DEACTIVATE = "DEACTIVATE";

    private static final int CHUNK = 500;

    @Inject
    private GovStore store;

    @Inject
    private JdbcImportStore imports;

    @Inject
    private JdbcImportReads reads;

    @Inject
    private ProfileWrites writes;

    @Inject
    private MembershipService memberships;

    @Inject
    private ClearanceService clearances;

    @Inject
    private Clock clock;

    /**
     * @param actor who applies it, for the rights of moving people and the audit log
     * @param importId the import
     * @return whether chunks remain
     * @throws GovException when the import does not exist or the database fails
     */
    public boolean applyNextChunk(Actor actor, long importId) throws GovException
    {
        return this.store.inTransaction(connection -> {
            ImportState state = this.imports.lock(connection, importId)
                .orElseThrow(() -> new GovException("gov.profiles.import.error.unknownImport", importId));
            long now = this.clock.millis();
            ImportState next = switch (state.phase()) {
                case FIELDS -> applyFields(connection, actor, state, now);
                case MANAGERS -> applyManagers(connection, actor, state, now);
                case DEACTIVATE -> deactivate(connection, actor, state, now);
                default -> state;
            };
            if (next != state) {
                this.imports.advance(connection, next, now);
            }
            return !DONE.equals(next.phase());
        });
    }

    private ImportState applyFields(Connection connection, Actor actor, ImportState state, long now)
        throws SQLException, GovException
    {
        List<StagedRow> rows = this.imports.rowsAfter(connection, state.importId(), state.positionLine(), CHUNK);
        if (rows.isEmpty()) {
            return state.at(MANAGERS, ImportState.HEADER_LINE, "", 0);
        }
        Set<String> people = new HashSet<>();
        rows.forEach(staged -> {
            people.add(staged.row().userId());
            staged.row().hr().managerId().ifPresent(people::add);
        });
        // Locked before they are read, so that the managers compared below stay as read.
        this.writes.lockProfiles(connection, rows.stream().map(staged -> staged.row().userId()).toList());
        Map<String, CurrentPerson> current = this.reads.findCurrent(connection, people);
        Map<String, Membership> homes = this.reads.findMemberships(connection, people);
        Map<String, String> clearanceLevels =
            this.clearances.getAll(rows.stream().map(staged -> staged.row().userId()).toList());
        ChunkOutcomes outcomes = new ChunkOutcomes();
        List<PlannedRow> sameManager = new ArrayList<>();
        for (StagedRow staged : rows) {
            Optional<CurrentPerson> person = Optional.ofNullable(current.get(staged.row().userId()));
            Optional<Membership> home = Optional.ofNullable(homes.get(staged.row().userId()));
            CheckedRow row = ImportTarget.of(staged.row(), state.columns(), person, home, state.agencyKey());
            Optional<String> managerBefore = person.flatMap(found -> found.hr().managerId());
            // A manager without a profile yet gets one in this phase; the next phase sets them.
            Optional<String> manager = row.hr().managerId().filter(current::containsKey).or(() -> managerBefore);
            PlannedRow planned = new PlannedRow(new CheckedRow(row.line(), row.userId(),
                new HrFields(row.hr().displayName(), row.hr().positionTitle(), row.hr().classification(), manager),
                row.unitKey(), row.clearance().filter(level -> !level.equals(clearanceLevels.get(row.userId())))),
                person, home);
            if (person.isPresent() && ImportTarget.changes(planned.row(), person, home, state.agencyKey(),
                clearanceLevels.get(row.userId())).isEmpty()) {
                outcomes.set(row.line(), UNCHANGED);
            } else if (manager.equals(managerBefore)) {
                sameManager.add(planned);
            } else {
                applyRow(connection, actor, state, planned, now, outcomes);
            }
        }
        applyInBulk(connection, actor, state, sameManager, now, outcomes);
        this.imports.addProblems(connection, state.importId(), outcomes.problems());
        this.imports.setOutcomes(connection, state.importId(), outcomes.byLine());
        return state.at(FIELDS, rows.get(rows.size() - 1).row().line(), "", 0);
    }

    /** A row to apply, with the person as they are. */
    private record PlannedRow(CheckedRow row, Optional<CurrentPerson> person, Optional<Membership> home)
    {
        Optional<Membership> move(String agencyKey)
        {
            Membership wanted = new Membership(this.row.userId(), agencyKey, this.row.unitKey());
            return this.home.filter(wanted::equals).isPresent() ? Optional.empty() : Optional.of(wanted);
        }

        String appliedOutcome()
        {
            return this.person.isEmpty() ? CREATED : UPDATED;
        }

        boolean reactivates()
        {
            return this.person.filter(found -> !found.active()).isPresent();
        }
    }

    /** The outcome of each row of a chunk and the problems of the refused ones. */
    private static final class ChunkOutcomes
    {
        private final Map<Long, String> byLine = new HashMap<>();

        private final List<ImportProblem> problems = new ArrayList<>();

        void set(long line, String outcome)
        {
            this.byLine.put(line, outcome);
        }

        void refuse(CheckedRow row, GovException e)
        {
            this.byLine.put(row.line(), REJECTED);
            this.problems.add(new ImportProblem(row.line(), row.userId(), e.getMessageKey(), e.getParameters()));
        }

        Map<Long, String> byLine()
        {
            return this.byLine;
        }

        List<ImportProblem> problems()
        {
            return this.problems;
        }
    }

    /** The rows that keep their manager: memberships and HR fields written in batches. */
    private void applyInBulk(Connection connection, Actor actor, ImportState state, List<PlannedRow> rows, long now,
        ChunkOutcomes outcomes) throws SQLException, GovException
    {
        List<Membership> moves = new ArrayList<>();
        rows.forEach(planned -> planned.move(state.agencyKey()).ifPresent(moves::add));
        Map<String, GovException> refused = this.memberships.assignInBulk(actor, moves);
        Map<String, HrFields> hr = new LinkedHashMap<>();
        List<String> reactivated = new ArrayList<>();
        for (PlannedRow planned : rows) {
            CheckedRow row = planned.row();
            GovException refusal = refused.get(row.userId());
            if (refusal != null) {
                outcomes.refuse(row, refusal);
                continue;
            }
            hr.put(row.userId(), row.hr());
            outcomes.set(row.line(), planned.appliedOutcome());
            if (planned.reactivates()) {
                reactivated.add(row.userId());
            }
        }
        this.writes.writeHrInBulk(connection, actor, hr, now);
        Map<String, String> levels = new LinkedHashMap<>();
        for (PlannedRow planned : rows) {
            CheckedRow row = planned.row();
            if (hr.containsKey(row.userId()) && row.clearance().isPresent()) {
                levels.put(row.userId(), row.clearance().get());
            }
        }
        setClearances(actor, levels);
        for (String userId : reactivated) {
            this.writes.writeActive(connection, actor, userId, true, now, true);
        }
    }

    /** A row whose manager changes: checked for a loop, then written, one at a time. */
    private void applyRow(Connection connection, Actor actor, ImportState state, PlannedRow planned, long now,
        ChunkOutcomes outcomes) throws SQLException, GovException
    {
        CheckedRow row = planned.row();
        try {
            this.writes.checkManager(connection, actor, row.userId(), Optional.of(state.agencyKey()),
                row.hr().managerId());
            Optional<Membership> move = planned.move(state.agencyKey());
            if (move.isPresent()) {
                GovException refusal = this.memberships.assignInBulk(actor, List.of(move.get())).get(row.userId());
                if (refusal != null) {
                    throw refusal;
                }
            }
        } catch (GovException e) {
            outcomes.refuse(row, e);
            return;
        }
        this.writes.writeHr(connection, actor, row.userId(), row.hr(), now, true);
        if (row.clearance().isPresent()) {
            setClearances(actor, Map.of(row.userId(), row.clearance().get()));
        }
        if (planned.reactivates()) {
            this.writes.writeActive(connection, actor, row.userId(), true, now, true);
        }
        outcomes.set(row.line(), planned.appliedOutcome());
    }

    /**
     * The clearances of the rows applied, once their home agency is the import's. The import was refused at its start
     * if the actor may not record clearances for that agency, so a refusal here means the rights changed during the
     * import: the chunk rolls back rather than leave rows half-applied.
     */
    private void setClearances(Actor actor, Map<String, String> levels) throws GovException
    {
        if (!levels.isEmpty()) {
            for (GovException refusal : this.clearances.setInBulk(actor, levels).values()) {
                throw refusal;
            }
        }
    }

    private ImportState applyManagers(Connection connection, Actor actor, ImportState state, long now)
        throws SQLException, GovException
    {
        // Without a manager column, every manager stays as it is.
        List<StagedRow> rows = state.columns().contains(ImportColumn.MANAGER_ID)
            ? this.imports.rowsAfter(connection, state.importId(), state.positionLine(), CHUNK) : List.of();
        if (rows.isEmpty()) {
            return state.at(state.full() ? DEACTIVATE : DONE, ImportState.HEADER_LINE, "", 0);
        }
        Map<String, CurrentPerson> current = this.reads.findCurrent(connection,
            rows.stream().map(staged -> staged.row().userId()).toList());
        for (StagedRow staged : rows) {
            CheckedRow row = staged.row();
            CurrentPerson person = current.get(row.userId());
            if (REJECTED.equals(staged.outcome().orElse(REJECTED)) || person == null
                || person.hr().managerId().equals(row.hr().managerId())) {
                continue;
            }
            try {
                this.writes.writeHr(connection, actor, row.userId(), new HrFields(person.hr().displayName(),
                    person.hr().positionTitle(), person.hr().classification(), row.hr().managerId()), now, true);
                if (UNCHANGED.equals(staged.outcome().get())) {
                    this.imports.setOutcome(connection, state.importId(), row.line(), UPDATED);
                }
            } catch (GovException e) {
                refuse(connection, state, row, e);
            }
        }
        return state.at(MANAGERS, rows.get(rows.size() - 1).row().line(), "", 0);
    }

    private ImportState deactivate(Connection connection, Actor actor, ImportState state, long now)
        throws SQLException, GovException
    {
        List<String> absent = this.imports.absentAfter(connection, state.importId(), state.agencyKey(),
            state.positionUser(), CHUNK);
        if (absent.isEmpty()) {
            return state.at(DONE, ImportState.HEADER_LINE, "", 0);
        }
        for (String userId : absent) {
            this.writes.writeActive(connection, actor, userId, false, now, true);
        }
        this.memberships.departed(actor, absent);
        return state.at(DEACTIVATE, 0, absent.get(absent.size() - 1), absent.size());
    }

    private void refuse(Connection connection, ImportState state, CheckedRow row, GovException e)
        throws SQLException
    {
        this.imports.addProblems(connection, state.importId(),
            List.of(new ImportProblem(row.line(), row.userId(), e.getMessageKey(), e.getParameters())));
    }
}
