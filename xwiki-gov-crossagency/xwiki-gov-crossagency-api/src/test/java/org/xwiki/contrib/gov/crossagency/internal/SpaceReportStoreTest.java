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

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.crossagency.AgencySpaceReport;
import org.xwiki.contrib.gov.crossagency.AgencySpaceRow;
import org.xwiki.contrib.gov.crossagency.GuestAccess;
import org.xwiki.contrib.gov.crossagency.MembershipPolicy;
import org.xwiki.contrib.gov.crossagency.SpaceReportService;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.task.GovTask;
import org.xwiki.contrib.gov.test.GovWorld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The agency reports on H2 and PostgreSQL: an agency's people per space, its stewards' guests, the open reviews, the
 * CSV of its people's memberships; another agency's administrator refused.
 *
 * @version $Id$
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class SpaceReportStoreTest extends AbstractSpaceStoreTest
{
    @Test
    void anAgencysAdministratorSeesItsPeopleGuestsAndReviews() throws Exception
    {
        SpaceReportService reports = this.kernel.get(SpaceReportService.class);
        active("REPORTED", MembershipPolicy.OPEN);
        this.members.join(HANA, "REPORTED");
        this.members.join(RAJ, "REPORTED");
        LocalDate today = LocalDate.ofInstant(this.kernel.clock().instant(), ZoneOffset.UTC);
        this.members.sponsorGuest(ALICE, "REPORTED", "ada", today.plusDays(150), GuestAccess.READ);
        this.kernel.clock().advance(Duration.ofDays(90));
        this.kernel.<GovTask>get(GovTask.class, "crossagency-sweep").run();

        AgencySpaceReport health = reports.getReport(OMAR, Optional.of(GovWorld.OWN));
        AgencySpaceRow row = health.spaces().get(0);
        assertEquals(2, row.activeMembers(), "alice and hana, not REVENUE's bob and raj");
        assertEquals(0, row.reviewConfirmed());
        assertEquals(3, row.reviewTotal(), "hana, raj and the guest");
        assertTrue(row.reviewDeadline().isPresent());
        assertEquals(List.of("ada"), health.guests().stream().map(guest -> guest.userId()).toList(),
            "sponsored by HEALTH's alice");
        assertEquals(List.of(), reports.getReport(GOV, Optional.of(GovWorld.OTHER)).guests(),
            "REVENUE's stewards sponsored nobody");
        assertEquals(1, reports.getReport(GOV, Optional.empty()).spaces().size());

        assertThrows(AccessDeniedException.class, () -> reports.getReport(ADA, Optional.of(GovWorld.OWN)));
        assertThrows(AccessDeniedException.class, () -> reports.getReport(OMAR, Optional.empty()));
        assertThrows(AccessDeniedException.class, () -> reports.getReport(HANA, Optional.of(GovWorld.OWN)),
            "HR does not see it");
        assertRefused("gov.core.error.agency.unknown", () -> reports.getReport(GOV, Optional.of("NOWHERE")));

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        reports.exportMemberships(OMAR, Optional.of(GovWorld.OWN), csv);
        List<String> lines = csv.toString(StandardCharsets.UTF_8).strip().lines().toList();
        assertEquals(3, lines.size(), "a header, alice and hana: " + lines);
        assertTrue(lines.get(0).contains("Space name"), lines.get(0));
        assertTrue(lines.get(1).startsWith("REPORTED,Space REPORTED,alice,"), lines.get(1));
        assertTrue(lines.get(1).contains(",Steward,Active,"), lines.get(1));
    }
}
