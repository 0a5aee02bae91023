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

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.policy.AcknowledgementService;
import org.xwiki.contrib.gov.policy.ComplianceService;
import org.xwiki.contrib.gov.policy.GuidelineService;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.test.AbstractKernelTest;
import org.xwiki.contrib.gov.test.GovWorld;
import org.xwiki.contrib.gov.test.Persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The world the policy's store tests share, on H2 or PostgreSQL: the standard government, the policy services, and
 * checks of the counters against the assignments.
 *
 * @version $Id$
 */
public abstract class AbstractPolicyStoreTest extends AbstractKernelTest
{
    protected static final Actor ALICE = Persona.EMPLOYEE_OWN.actor();

    protected static final Actor HANA = Persona.HR_OWN.actor();

    /** What the policy migrations that add tables or columns add, by migration; the others only change rows. */
    private static final NavigableMap<Integer, String> UNDO = new TreeMap<>(Map.of(
        4, "DROP TABLE gov_policy_gate_requirement",
        5, "ALTER TABLE gov_policy_version DROP COLUMN assignments_after"));

    protected GuidelineService guidelines;

    protected AcknowledgementService acknowledgements;

    protected ComplianceService compliance;

    protected LocalDate today;

    @BeforeEach
    protected void createWorld() throws GovException
    {
        GovWorld.create(this.kernel);
        this.guidelines = this.kernel.get(GuidelineService.class);
        this.acknowledgements = this.kernel.get(AcknowledgementService.class);
        this.compliance = this.kernel.get(ComplianceService.class);
        this.today = LocalDate.ofInstant(this.kernel.clock().instant(), ZoneOffset.UTC);
    }

    /** Each counter equals the assignments it counts: by guideline, version, agency, unit, due day and state. */
    protected void assertTallyMatchesAssignments() throws Exception
    {
        String key = "guideline_key, major_version, agency_key, COALESCE(unit_key, ''), due_day, state";
        assertEquals(groups("SELECT " + key + ", COUNT(*) FROM gov_policy_assignment GROUP BY " + key),
            groups("SELECT " + key + ", SUM(n) FROM gov_policy_tally GROUP BY " + key + " HAVING SUM(n) <> 0"));
    }

    /** @return the rows of a query whose last column is a count, by their other columns */
    protected Map<String, Long> groups(String sql) throws GovException
    {
        Map<String, Long> groups = new TreeMap<>();
        this.kernel.get(GovStore.class).inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet result = statement.executeQuery()) {
                int last = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> group = new ArrayList<>();
                    for (int column = 1; column < last; column++) {
                        group.add(result.getString(column));
                    }
                    groups.put(String.join("|", group), result.getLong(last));
                }
            }
            return null;
        });
        return groups;
    }

    protected long count(String sql) throws GovException
    {
        return this.kernel.get(GovStore.class).inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
    }

    protected void update(String sql) throws GovException
    {
        this.kernel.get(GovStore.class).inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                return statement.executeUpdate();
            }
        });
    }

    /**
     * Takes the store back to an earlier release's: the policy migrations from {@code first} on were not run.
     *
     * @param first the first migration forgotten, from the second on
     */
    protected void forgetMigrationsFrom(int first) throws GovException
    {
        for (Map.Entry<Integer, String> undo : UNDO.descendingMap().entrySet()) {
            if (undo.getKey() >= first) {
                update(undo.getValue());
            }
        }
        update("DELETE FROM \"gov_schema_policy\" WHERE CAST(\"version\" AS INT) >= " + first);
    }

    protected static void assertRefused(String messageKey, Executable call)
    {
        GovException refusal = assertThrows(GovException.class, call);
        assertEquals(messageKey, refusal.getMessageKey(), refusal.getMessage());
        assertFalse(refusal.getMessageKey().isEmpty());
    }
}
