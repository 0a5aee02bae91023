package org.xwiki.contrib.gov.profiles.internal.importer;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
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
        Map<String, CurrentPerson> current = this.reads.findCurrent(connection, people);
        Map<String, Membership> homes = this.reads.findMemberships(connection, people);
        Map<Long, String> outcomes = new HashMap<>();
        for (StagedRow staged : rows) {
            CheckedRow row = staged.row();
            CurrentPerson person = current.get(row.userId());
            // A manager without a profile yet gets one in this phase; the next phase sets them.
            Optional<String> manager = row.hr().managerId().filter(current::containsKey)
                .or(() -> person == null ? Optional.empty() : person.hr().managerId());
            HrFields hr = new HrFields(row.hr().displayName(), row.hr().positionTitle(), row.hr().classification(),
                manager);
            outcomes.put(row.line(), applyRow(connection, actor, state,
                new CheckedRow(row.line(), row.userId(), hr, row.unitKey()), person,
                Optional.ofNullable(homes.get(row.userId())), now));
        }
        this.imports.setOutcomes(connection, state.importId(), outcomes);
        return state.at(FIELDS, rows.get(rows.size() - 1).row().line(), "", 0);
    }

    private String applyRow(Connection connection, Actor actor, ImportState state, CheckedRow row,
        CurrentPerson person, Optional<Membership> home, long now) throws SQLException, GovException
    {
        if (person != null && person.matches(row, state.agencyKey())) {
            return UNCHANGED;
        }
        try {
            this.writes.checkManager(connection, row.userId(), row.hr().managerId());
            Membership wanted = new Membership(row.userId(), state.agencyKey(), row.unitKey());
            if (!home.filter(wanted::equals).isPresent()) {
                this.memberships.assignInBulk(actor, wanted);
            }
        } catch (GovException e) {
            refuse(connection, state, row, e);
            return REJECTED;
        }
        this.writes.writeHr(connection, actor, row.userId(), row.hr(), now, true);
        if (person != null && !person.active()) {
            this.writes.writeActive(connection, actor, row.userId(), true, now, true);
        }
        return person == null ? CREATED : UPDATED;
    }

    private ImportState applyManagers(Connection connection, Actor actor, ImportState state, long now)
        throws SQLException, GovException
    {
        List<StagedRow> rows = this.imports.rowsAfter(connection, state.importId(), state.positionLine(), CHUNK);
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
        return state.at(DEACTIVATE, 0, absent.get(absent.size() - 1), absent.size());
    }

    private void refuse(Connection connection, ImportState state, CheckedRow row, GovException e)
        throws SQLException
    {
        this.imports.addProblems(connection, state.importId(),
            List.of(new ImportProblem(row.line(), row.userId(), e.getMessageKey(), e.getParameters())));
    }
}
