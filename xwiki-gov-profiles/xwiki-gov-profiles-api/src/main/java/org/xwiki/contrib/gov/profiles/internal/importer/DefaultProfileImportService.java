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

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
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
import org.xwiki.contrib.gov.agency.Agency;
import org.xwiki.contrib.gov.agency.AgencyRegistry;
import org.xwiki.contrib.gov.authorization.CoreOperations;
import org.xwiki.contrib.gov.authorization.GovAuthorization;
import org.xwiki.contrib.gov.clearance.ClearanceService;
import org.xwiki.contrib.gov.directory.WikiDirectory;
import org.xwiki.contrib.gov.profiles.ImportFieldChange;
import org.xwiki.contrib.gov.profiles.ImportPreview;
import org.xwiki.contrib.gov.profiles.ImportProblem;
import org.xwiki.contrib.gov.profiles.ImportRowChange;
import org.xwiki.contrib.gov.profiles.ImportStatus;
import org.xwiki.contrib.gov.profiles.ProfileImportService;
import org.xwiki.contrib.gov.profiles.ProfileOperations;
import org.xwiki.contrib.gov.profiles.internal.ProfileValidator;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.environment.Environment;

/**
 * HR imports: every row checked on its own, then against the others (a person listed twice) and the database (a
 * manager nobody knows); started imports are recorded with their rows, then applied chunk by chunk by
 * {@link ImportApplier}.
 *
 * @version $Id$
 */
@Component
@Singleton
public class DefaultProfileImportService implements ProfileImportService
{
    @Inject
    private GovStore store;

    @Inject
    private GovAuthorization authorization;

    @Inject
    private AgencyRegistry agencies;

    @Inject
    private ProfileValidator validator;

    @Inject
    private JdbcImportReads reads;

    @Inject
    private WikiDirectory directory;

    @Inject
    private JdbcImportStore imports;

    @Inject
    private ImportRunner runner;

    @Inject
    private Clock clock;

    @Inject
    private ClearanceService clearances;

    @Inject
    private ImportFileLimit fileLimit;

    @Inject
    private Environment environment;

    @Override
    public ImportPreview preview(Actor actor, String agencyKey, boolean full, InputStream csv) throws GovException
    {
        ImportAnalysis analysis = analyse(actor, agencyKey, csv);
        List<String> userIds = analysis.accepted().stream().map(CheckedRow::userId).toList();
        Map<String, CurrentPerson> current = new HashMap<>();
        Map<String, Membership> homes = new HashMap<>();
        Map<String, String> clearanceLevels = this.clearances.getAll(userIds);
        this.store.inTransaction(connection -> {
            current.putAll(this.reads.findCurrent(connection, userIds));
            homes.putAll(this.reads.findMemberships(connection, userIds));
            return null;
        });
        int create = 0;
        int unchanged = 0;
        List<ImportRowChange> changes = new ArrayList<>();
        for (CheckedRow row : analysis.accepted()) {
            Optional<CurrentPerson> person = Optional.ofNullable(current.get(row.userId()));
            Optional<Membership> home = Optional.ofNullable(homes.get(row.userId()));
            List<ImportFieldChange> fields = ImportTarget.changes(
                ImportTarget.of(row, analysis.columns(), person, home, agencyKey), person, home, agencyKey,
                clearanceLevels.get(row.userId()));
            if (person.isEmpty()) {
                create++;
            } else if (fields.isEmpty()) {
                unchanged++;
            }
            if (!fields.isEmpty()) {
                changes.add(new ImportRowChange(row.line(), row.userId(), person.isEmpty(), fields));
            }
        }
        int deactivate = 0;
        if (full) {
            List<String> members = this.store.inTransaction(
                connection -> this.reads.findActiveMembers(connection, agencyKey));
            deactivate = (int) members.stream().filter(member -> !analysis.listed().contains(member)).count();
        }
        return new ImportPreview(analysis.rows(), create, changes.size() - create, unchanged, deactivate,
            analysis.rejected(), changes);
    }

    @Override
    public ImportStatus start(Actor actor, String agencyKey, boolean full, InputStream csv) throws GovException
    {
        ImportAnalysis analysis = analyse(actor, agencyKey, csv);
        long importId = this.store.inTransaction(connection -> {
            long now = this.clock.millis();
            long id = this.imports.create(connection, new ImportState(0, agencyKey, full, analysis.columns(),
                actor.userId().orElse(Actor.SYSTEM_ID), now, ImportApplier.FIELDS, ImportState.HEADER_LINE, "",
                analysis.rows(), 0), now);
            this.imports.stageRows(connection, id, analysis.accepted());
            this.imports.stageListed(connection, id, analysis.listed());
            this.imports.addProblems(connection, id, analysis.rejected());
            return id;
        });
        return getStatus(actor, importId);
    }

    @Override
    public ImportStatus run(Actor actor, long importId) throws GovException
    {
        check(actor, importId);
        this.runner.applyUntil(actor, importId, Instant.MAX);
        return getStatus(actor, importId);
    }

    @Override
    public ImportStatus getStatus(Actor actor, long importId) throws GovException
    {
        return status(check(actor, importId));
    }

    @Override
    public List<ImportProblem> getProblems(Actor actor, long importId, int offset, int limit) throws GovException
    {
        check(actor, importId);
        return this.store.inTransaction(connection -> this.imports.problems(connection, importId, offset, limit));
    }

    @Override
    public List<String> getImportableAgencies(Actor actor) throws GovException
    {
        return this.authorization.allowedAgencies(actor, ProfileOperations.EDIT_HR_FIELDS,
            this.agencies.listAgencies().stream().map(Agency::key).toList());
    }

    @Override
    public List<ImportStatus> getRecentImports(Actor actor, int limit) throws GovException
    {
        List<String> agencyKeys = getImportableAgencies(actor);
        List<ImportState> recent = this.store.inTransaction(connection -> this.imports.recent(connection, agencyKeys,
            limit));
        List<ImportStatus> statuses = new ArrayList<>();
        for (ImportState state : recent) {
            statuses.add(status(state));
        }
        return statuses;
    }

    private ImportStatus status(ImportState state) throws GovException
    {
        Map<String, Integer> counts = this.store.inTransaction(connection -> this.imports.counts(connection,
            state.importId()));
        int applied = counts.getOrDefault(ImportApplier.CREATED, 0) + counts.getOrDefault(ImportApplier.UPDATED, 0)
            + counts.getOrDefault(ImportApplier.UNCHANGED, 0) + counts.getOrDefault(ImportApplier.REJECTED, 0);
        return new ImportStatus(state.importId(), state.agencyKey(), state.full(), state.startedBy(),
            Instant.ofEpochMilli(state.startedAt()), state.phase(), state.totalRows(), applied,
            counts.getOrDefault(ImportApplier.CREATED, 0), counts.getOrDefault(ImportApplier.UPDATED, 0),
            counts.getOrDefault(ImportApplier.UNCHANGED, 0), counts.getOrDefault("PROBLEMS", 0),
            state.deactivated());
    }

    private ImportState check(Actor actor, long importId) throws GovException
    {
        ImportState state = this.store.inTransaction(connection -> this.imports.find(connection, importId))
            .orElseThrow(() -> new GovException("gov.profiles.import.error.unknownImport", importId));
        this.authorization.check(actor, ProfileOperations.EDIT_HR_FIELDS, Optional.of(state.agencyKey()));
        return state;
    }

    private ImportAnalysis analyse(Actor actor, String agencyKey, InputStream csv) throws GovException
    {
        this.authorization.check(actor, ProfileOperations.EDIT_HR_FIELDS, Optional.of(agencyKey));
        if (this.agencies.getAgency(agencyKey).isEmpty()) {
            throw new GovException("gov.profiles.import.error.unknownAgency", agencyKey);
        }
        ProfileCsvReader.Content content = ProfileCsvReader.read(csv, this.fileLimit.maxBytes(),
            this.environment.getTemporaryDirectory().toPath());
        if (content.columns().contains(ImportColumn.CLEARANCE)
            && !this.authorization.isAllowed(actor, CoreOperations.SET_CLEARANCE, Optional.of(agencyKey))) {
            throw new GovException("gov.profiles.import.error.clearanceNotAllowed", agencyKey);
        }
        List<ImportProblem> rejected = new ArrayList<>(content.problems());
        Set<String> listed = new HashSet<>();
        content.problems().forEach(problem -> listed.add(problem.userId()));
        Map<String, CheckedRow> accepted = check(agencyKey, content.rows(), listed, rejected);
        rejectMovesOutOfReach(actor, agencyKey, accepted, rejected);
        rejectUnknownManagers(accepted, rejected);
        rejected.sort((left, right) -> Long.compare(left.line(), right.line()));
        listed.remove("");
        return new ImportAnalysis(content.columns(), List.copyOf(accepted.values()), rejected, listed,
            content.rows().size() + content.problems().size());
    }

    private Map<String, CheckedRow> check(String agencyKey, List<ImportRow> rows, Set<String> listed,
        List<ImportProblem> rejected) throws GovException
    {
        ImportRowChecker checker = new ImportRowChecker(agencyKey, this.agencies, this.validator, this.directory,
            this.clearances.getLevels());
        Map<String, CheckedRow> accepted = new LinkedHashMap<>();
        Map<String, Long> firstLines = new HashMap<>();
        for (ImportRow row : rows) {
            String userId = row.get(ImportColumn.USER_ID);
            listed.add(userId);
            Long first = userId.isEmpty() ? null : firstLines.putIfAbsent(userId, row.line());
            if (first != null) {
                rejected.add(new ImportProblem(row.line(), userId, "gov.profiles.import.row.duplicatePerson",
                    List.of(userId, first)));
                continue;
            }
            try {
                CheckedRow checked = checker.check(row);
                accepted.put(checked.userId(), checked);
            } catch (GovException e) {
                rejected.add(new ImportProblem(row.line(), userId, e.getMessageKey(), e.getParameters()));
            }
        }
        return accepted;
    }

    /**
     * Refuses the rows that would move someone out of another agency whose people the actor may not move, as the
     * membership service would when applying them: the dry run then tells it, and nothing is half-applied.
     */
    private void rejectMovesOutOfReach(Actor actor, String agencyKey, Map<String, CheckedRow> accepted,
        List<ImportProblem> rejected) throws GovException
    {
        Map<String, Membership> homes = this.store.inTransaction(
            connection -> this.reads.findMemberships(connection, accepted.keySet()));
        Map<String, Boolean> mayMoveFrom = new HashMap<>();
        for (Map.Entry<String, Membership> home : homes.entrySet()) {
            String from = home.getValue().agencyKey();
            if (from.equals(agencyKey)) {
                continue;
            }
            Boolean allowed = mayMoveFrom.get(from);
            if (allowed == null) {
                allowed = this.authorization.isAllowed(actor, CoreOperations.ASSIGN_MEMBERSHIP, Optional.of(from));
                mayMoveFrom.put(from, allowed);
            }
            if (!allowed) {
                CheckedRow row = accepted.remove(home.getKey());
                rejected.add(new ImportProblem(row.line(), row.userId(), "gov.profiles.import.row.memberOfOtherAgency",
                    List.of(row.userId(), from)));
            }
        }
    }

    private void rejectUnknownManagers(Map<String, CheckedRow> accepted, List<ImportProblem> rejected)
        throws GovException
    {
        Set<String> outside = new HashSet<>();
        accepted.values().forEach(row -> row.hr().managerId().filter(manager -> !accepted.containsKey(manager))
            .ifPresent(outside::add));
        Set<String> known = new HashSet<>(this.store.inTransaction(
            connection -> this.reads.findCurrent(connection, outside)).keySet());
        // A refused row's person is no manager either: repeat until no row names a manager nobody knows.
        boolean removed = true;
        while (removed) {
            removed = accepted.values().removeIf(row -> {
                Optional<String> manager = row.hr().managerId();
                if (manager.isPresent() && !accepted.containsKey(manager.get()) && !known.contains(manager.get())) {
                    rejected.add(new ImportProblem(row.line(), row.userId(), "gov.profiles.error.unknownManager",
                        List.of(manager.get())));
                    return true;
                }
                return false;
            });
        }
    }
}
