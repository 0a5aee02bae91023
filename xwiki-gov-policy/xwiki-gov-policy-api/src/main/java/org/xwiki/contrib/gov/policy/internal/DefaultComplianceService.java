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

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.agency.Agency;
import org.xwiki.contrib.gov.agency.AgencyRegistry;
import org.xwiki.contrib.gov.agency.UnitTreeEntry;
import org.xwiki.contrib.gov.directory.WikiDirectory;
import org.xwiki.contrib.gov.export.CsvSheetWriter;
import org.xwiki.contrib.gov.export.SheetWriter;
import org.xwiki.contrib.gov.policy.Assignment;
import org.xwiki.contrib.gov.policy.AssignmentState;
import org.xwiki.contrib.gov.policy.ComplianceCounts;
import org.xwiki.contrib.gov.policy.ComplianceReport;
import org.xwiki.contrib.gov.policy.ComplianceRow;
import org.xwiki.contrib.gov.policy.ComplianceService;
import org.xwiki.contrib.gov.policy.ExportFormat;
import org.xwiki.contrib.gov.policy.Guideline;
import org.xwiki.contrib.gov.policy.GuidelineStatus;
import org.xwiki.contrib.gov.policy.OverdueEntry;
import org.xwiki.contrib.gov.policy.PolicyOperations;
import org.xwiki.contrib.gov.policy.TrendPoint;
import org.xwiki.contrib.gov.policy.internal.export.ExportRow;
import org.xwiki.contrib.gov.policy.internal.export.XlsxSheetWriter;
import org.xwiki.contrib.gov.policy.internal.store.ComplianceScope;
import org.xwiki.contrib.gov.policy.internal.store.JdbcAssignmentStore;
import org.xwiki.contrib.gov.policy.internal.store.JdbcGuidelineStore;
import org.xwiki.contrib.gov.policy.internal.store.JdbcTallyStore;
import org.xwiki.contrib.gov.policy.internal.store.TallyKey;
import org.xwiki.contrib.gov.policy.internal.store.TallyRow;
import org.xwiki.contrib.gov.store.GovStore;

/**
 * Compliance figures from the tally (never a scan of the assignments), overdue lists and streamed exports, all cut
 * to the agencies the reader may see.
 *
 * @version $Id$
 */
@Component
@Singleton
public class DefaultComplianceService implements ComplianceService
{
    /** The most overdue entries one call returns. */
    public static final int MAX_PAGE = 500;

    private static final List<String> EXPORT_HEADER = List.of("guideline", "major_version", "user_id", "agency",
        "unit", "state", "due_date", "overdue", "acknowledged_at", "version_acknowledged", "method", "language",
        "quiz_score");

    @Inject
    private GovStore store;

    @Inject
    private JdbcGuidelineStore guidelines;

    @Inject
    private JdbcAssignmentStore assignments;

    @Inject
    private JdbcTallyStore tally;

    @Inject
    private PolicyAccess access;

    @Inject
    private AgencyRegistry agencies;

    @Inject
    private WikiDirectory directory;

    @Inject
    private PolicyConfiguration configuration;

    /**
     * What a reader may see of one guideline.
     */
    private record Scoped(Guideline guideline, ComplianceScope scope)
    {
    }

    @Override
    public ComplianceReport getReport(Actor actor, String key, Optional<String> agencyKey) throws GovException
    {
        Scoped scoped = scoped(actor, key, agencyKey);
        LocalDate today = this.configuration.today();
        int todayDay = (int) today.toEpochDay();
        Map<String, ComplianceCounts> byRow = new TreeMap<>();
        List<TallyRow> rows = this.store.inTransaction(
            connection -> this.tally.read(connection, key, scoped.guideline().currentMajor()));
        for (TallyRow row : rows) {
            TallyKey counter = row.key();
            if (!scoped.scope().includes(counter.agencyKey())
                || agencyKey.isPresent() && !agencyKey.get().equals(counter.agencyKey())) {
                continue;
            }
            String rowKey = agencyKey.isPresent() ? counter.unitKey() : counter.agencyKey();
            byRow.merge(rowKey, counts(counter, scoped.guideline().status(), row.count(), todayDay),
                ComplianceCounts::plus);
        }
        Map<String, Bilingual> names = agencyKey.isPresent() ? unitNames(agencyKey.get()) : agencyNames();
        List<ComplianceRow> reportRows = new ArrayList<>();
        ComplianceCounts total = ComplianceCounts.NONE;
        for (Map.Entry<String, ComplianceCounts> entry : byRow.entrySet()) {
            reportRows.add(new ComplianceRow(entry.getKey(),
                names.getOrDefault(entry.getKey(), new Bilingual(entry.getKey(), entry.getKey())), entry.getValue()));
            total = total.plus(entry.getValue());
        }
        return new ComplianceReport(key, scoped.guideline().currentMajor(), today, agencyKey, total, reportRows);
    }

    private static ComplianceCounts counts(TallyKey counter, GuidelineStatus status, long n, int today)
    {
        return switch (counter.state().under(status)) {
            case PENDING -> new ComplianceCounts(n, 0, n, counter.dueDay() < today ? n : 0, 0);
            case DONE -> new ComplianceCounts(n, n, 0, 0, 0);
            case EXEMPT -> new ComplianceCounts(n, 0, 0, 0, n);
            default -> ComplianceCounts.NONE;
        };
    }

    @Override
    public List<TrendPoint> getTrend(Actor actor, String key) throws GovException
    {
        Scoped scoped = scoped(actor, key, Optional.empty());
        ComplianceCounts total = getReport(actor, key, Optional.empty()).total();
        long required = total.assigned() - total.exempt();
        List<Object[]> daily = this.store.inTransaction(
            connection -> this.tally.readDaily(connection, key, scoped.guideline().currentMajor()));
        TreeMap<Integer, Long> byDay = new TreeMap<>();
        for (Object[] row : daily) {
            if (scoped.scope().includes((String) row[0])) {
                byDay.merge((Integer) row[1], (Long) row[2], Long::sum);
            }
        }
        LocalDate published = LocalDate.ofInstant(this.store.inTransaction(connection -> this.guidelines
            .findVersion(connection, key, scoped.guideline().currentMajor()).orElseThrow().publishedAt()),
            this.configuration.getTimeZone());
        LocalDate today = this.configuration.today();
        List<TrendPoint> trend = new ArrayList<>();
        long cumulative = 0;
        for (LocalDate day = published; !day.isAfter(today); day = day.plusDays(1)) {
            cumulative += byDay.getOrDefault((int) day.toEpochDay(), 0L);
            trend.add(new TrendPoint(day, cumulative, required == 0 ? 100.0 : 100.0 * cumulative / required));
        }
        return trend;
    }

    @Override
    public List<OverdueEntry> getOverdue(Actor actor, String key, Optional<String> agencyKey, int offset, int limit)
        throws GovException
    {
        Scoped scoped = scoped(actor, key, agencyKey);
        if (AssignmentState.PENDING.under(scoped.guideline().status()) != AssignmentState.PENDING) {
            // Nothing is overdue any more: readers are shown what was pending as withdrawn.
            return List.of();
        }
        LocalDate today = this.configuration.today();
        List<Assignment> overdue = this.store.inTransaction(connection -> this.assignments.findOverdue(connection,
            key, scoped.guideline().currentMajor(), scoped.scope(), agencyKey, today, offset,
            Math.min(limit, MAX_PAGE)));
        return overdue.stream().map(assignment -> new OverdueEntry(assignment.userId(),
            this.directory.getDisplayName(assignment.userId()).orElse(assignment.userId()), assignment.agencyKey(),
            assignment.unitKey(), assignment.dueDate(), ChronoUnit.DAYS.between(assignment.dueDate(), today)))
            .toList();
    }

    @Override
    public void export(Actor actor, String key, ExportFormat format, OutputStream out)
        throws GovException, IOException
    {
        Scoped scoped = scoped(actor, key, Optional.empty());
        LocalDate today = this.configuration.today();
        try (SheetWriter writer = format == ExportFormat.CSV ? new CsvSheetWriter(out)
            : new XlsxSheetWriter(out, key)) {
            writer.writeRow(EXPORT_HEADER);
            this.store.inTransaction(connection -> {
                stream(connection, scoped, writer, today);
                return null;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void stream(Connection connection, Scoped scoped, SheetWriter writer, LocalDate today)
        throws SQLException
    {
        try {
            Guideline guideline = scoped.guideline();
            this.assignments.stream(connection, guideline.key(),
                guideline.currentMajor(), scoped.scope(),
                row -> writer.writeRow(exportCells(row, guideline.status(), today)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> exportCells(ExportRow row, GuidelineStatus status, LocalDate today)
    {
        Assignment assignment = row.assignment();
        AssignmentState state = assignment.state().under(status);
        return List.of(assignment.guidelineKey(), String.valueOf(assignment.majorVersion()), assignment.userId(),
            assignment.agencyKey(), assignment.unitKey().orElse(""), state.name(), assignment.dueDate().toString(),
            state == AssignmentState.PENDING && assignment.isOverdue(today) ? "yes" : "no",
            row.acknowledgedAt().map(Object::toString).orElse(""),
            row.versionAcknowledged() == 0 ? "" : String.valueOf(row.versionAcknowledged()), row.method().orElse(""),
            row.language().orElse(""), row.quizScore().map(String::valueOf).orElse(""));
    }

    private Scoped scoped(Actor actor, String key, Optional<String> agencyKey) throws GovException
    {
        Guideline guideline = this.store.inTransaction(connection -> this.guidelines.find(connection, key, false))
            .orElseThrow(() -> PolicyAccess.unknown(key));
        ComplianceScope scope = this.store.inTransaction(connection -> this.access.complianceScope(connection, actor,
            guideline));
        if (agencyKey.isPresent() && !scope.includes(agencyKey.get())) {
            throw new AccessDeniedException(PolicyOperations.VIEW_COMPLIANCE.name());
        }
        if (guideline.currentMajor() == 0) {
            throw new GovException("gov.policy.error.notPublished", key);
        }
        return new Scoped(guideline, scope);
    }

    private Map<String, Bilingual> agencyNames() throws GovException
    {
        Map<String, Bilingual> names = new HashMap<>();
        for (Agency agency : this.agencies.listAgencies()) {
            names.put(agency.key(), agency.name());
        }
        return names;
    }

    private Map<String, Bilingual> unitNames(String agencyKey) throws GovException
    {
        Map<String, Bilingual> names = new HashMap<>();
        for (UnitTreeEntry entry : this.agencies.listUnits(agencyKey)) {
            names.put(entry.unit().key(), entry.unit().name());
        }
        return names;
    }
}
