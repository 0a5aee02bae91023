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
package org.xwiki.contrib.gov.crossagency.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.agency.AgencyRegistry;
import org.xwiki.contrib.gov.authorization.GovAuthorization;
import org.xwiki.contrib.gov.crossagency.AgencySpaceReport;
import org.xwiki.contrib.gov.crossagency.AgencySpaceRow;
import org.xwiki.contrib.gov.crossagency.CrossAgencyOperations;
import org.xwiki.contrib.gov.crossagency.SpaceReportService;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcSpaceReportStore;
import org.xwiki.contrib.gov.export.CsvSheetWriter;
import org.xwiki.contrib.gov.export.SheetWriter;
import org.xwiki.contrib.gov.i18n.Translations;
import org.xwiki.contrib.gov.store.GovStore;

/**
 * Agency reports on the gov store. The right is checked first, then the agency; the export streams the memberships
 * in one read, each value in the reader's language (space names, roles, states, the causes of suspensions), every cell
 * made inert for spreadsheets.
 *
 * @version $Id$
 */
@Component
@Singleton
public class DefaultSpaceReportService implements SpaceReportService
{
    private static final String PREFIX = "gov.crossagency.";

    private static final List<String> COLUMNS =
        List.of("space", "spaceName", "user", "name", "role", "state", "since", "reason", "guestEnd");

    private final Translations translations = Translations.load(DefaultSpaceReportService.class.getClassLoader());

    @Inject
    private GovStore store;

    @Inject
    private JdbcSpaceReportStore reports;

    @Inject
    private GovAuthorization authorization;

    @Inject
    private AgencyRegistry agencies;

    @Inject
    private SpaceNotices names;

    @Inject
    private CrossAgencyConfiguration configuration;

    @Override
    public AgencySpaceReport getReport(Actor actor, Optional<String> agencyKey) throws GovException
    {
        check(actor, agencyKey);
        return this.store.inTransaction(connection -> new AgencySpaceReport(agencyKey,
            this.reports.spaces(connection, agencyKey), this.reports.guests(connection, agencyKey),
            this.configuration.today()));
    }

    @Override
    public void exportMemberships(Actor actor, Optional<String> agencyKey, OutputStream out) throws GovException
    {
        check(actor, agencyKey);
        Locale locale = actor.locale();
        try (SheetWriter sheet = new CsvSheetWriter(out)) {
            sheet.writeRow(COLUMNS.stream().map(column -> text(PREFIX + "export." + column, locale)).toList());
            this.store.inTransaction(connection -> {
                Map<String, String> spaceNames = new HashMap<>();
                for (AgencySpaceRow row : this.reports.spaces(connection, agencyKey)) {
                    spaceNames.put(row.space().key(), row.space().name().in(locale));
                }
                this.reports.memberships(connection, agencyKey, row -> {
                    try {
                        sheet.writeRow(List.of(row.spaceKey(), spaceNames.getOrDefault(row.spaceKey(), ""),
                            row.userId(), this.names.name(row.userId()), text(PREFIX + "role." + row.role(), locale),
                            text(PREFIX + "state." + row.state(), locale), row.since().toString(),
                            row.reason().map(reason -> reason.startsWith(PREFIX) ? text(reason, locale) : reason)
                                .orElse(""), row.guestEnd().map(Object::toString).orElse("")).stream()
                            .map(SheetWriter::inert).toList());
                    } catch (IOException e) {
                        throw new SQLException("The export could not be written", e);
                    }
                });
                return null;
            });
        } catch (IOException | UncheckedIOException e) {
            throw new GovException("gov.crossagency.error.exportFailed", e.getMessage());
        }
    }

    private String text(String key, Locale locale)
    {
        return this.translations.get(key, locale).orElse(key);
    }

    private void check(Actor actor, Optional<String> agencyKey) throws GovException
    {
        this.authorization.check(actor, CrossAgencyOperations.VIEW_AGENCY_REPORT, agencyKey);
        if (agencyKey.isPresent() && this.agencies.getAgency(agencyKey.get()).isEmpty()) {
            throw new GovException("gov.core.error.agency.unknown", agencyKey.get());
        }
    }
}
