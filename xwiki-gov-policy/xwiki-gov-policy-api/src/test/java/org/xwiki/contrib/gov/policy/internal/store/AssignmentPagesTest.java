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
package org.xwiki.contrib.gov.policy.internal.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.policy.PublicationConfirmation;
import org.xwiki.contrib.gov.policy.PublicationRequest;
import org.xwiki.contrib.gov.policy.VersionKind;
import org.xwiki.contrib.gov.policy.internal.AbstractPolicyStoreTest;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.store.JdbcValues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.SOCIAL;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.content;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.input;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.publishSocial;

/**
 * An H2 export read a page at a time gives every assignment of the version once, in order, each with its own
 * acknowledgement, whatever the size of a page.
 *
 * @version $Id$
 */
@ParameterizedClass
@EnumSource(value = DatabaseKind.class, names = "H2")
class AssignmentPagesTest extends AbstractPolicyStoreTest
{
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, AssignmentPages.SIZE})
    void everyAssignmentOnceInOrderWithItsAcknowledgement(int size) throws Exception
    {
        // The first version's rows lie between the second's in the table, and carry an acknowledgement of their own.
        publishSocial(this.kernel, content(), this.today.plusDays(14));
        this.acknowledgements.acknowledge(ALICE, SOCIAL, input(1));
        this.guidelines.publish(HANA, SOCIAL, new PublicationRequest(VersionKind.MAJOR, "2.0",
            new Bilingual("Second", "Seconde"), Optional.of(this.today.plusDays(30)))
            .confirming(PublicationConfirmation.LANGUAGES_EQUIVALENT));
        this.acknowledgements.acknowledge(ALICE, SOCIAL, input(2));
        List<String> expected = this.kernel.get(GovStore.class).inTransaction(connection -> JdbcValues.queryList(
            connection, "SELECT a.user_id, COALESCE(k.version_number, 0) FROM gov_policy_assignment a "
                + "LEFT JOIN gov_policy_ack k ON k.assignment_id = a.assignment_id WHERE a.guideline_key = ? "
                + "AND a.major_version = 2 AND a.agency_key IN (?) ORDER BY a.assignment_id",
            row -> row.getString(1) + ':' + row.getInt(2), SOCIAL, "HEALTH"));

        List<String> paged = new ArrayList<>();
        this.kernel.get(GovStore.class).inTransaction(connection -> {
            try {
                AssignmentPages.stream(connection, SOCIAL, 2,
                    this.kernel.get(JdbcAssignmentStore.class).assignmentsAfter(connection, SOCIAL, 2),
                    " AND a.agency_key IN (?)", List.of("HEALTH"), size,
                    row -> paged.add(row.assignment().userId() + ':' + row.versionAcknowledged()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });

        assertEquals(3, expected.size(), "pages of 1 and 2 split them, a page of 3 is full at the last: " + expected);
        assertEquals(expected, paged);
        assertEquals(1, paged.stream().filter(row -> row.endsWith(":2")).count(), "alice's second acknowledgement");
    }
}
