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
package org.xwiki.contrib.gov.policy.internal.audience;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.agency.AgencyRegistry;
import org.xwiki.contrib.gov.agency.OrgUnit;
import org.xwiki.contrib.gov.agency.UnitTreeEntry;
import org.xwiki.contrib.gov.directory.WikiDirectory;
import org.xwiki.contrib.gov.policy.Audience;
import org.xwiki.contrib.gov.policy.internal.store.JdbcGuidelineStore;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipService;

/**
 * Checks audiences against the registry and the wiki, and resolves them: units into their sub-trees, groups into
 * their members.
 *
 * @version $Id$
 */
@Component(roles = AudienceResolver.class)
@Singleton
public class AudienceResolver
{
    /** The most entries (agencies, units, groups, people, exemptions) an audience may name. */
    public static final int MAX_ENTRIES = 10_000;

    @Inject
    private AgencyRegistry agencies;

    @Inject
    private WikiDirectory directory;

    @Inject
    private MembershipService memberships;

    @Inject
    private JdbcGuidelineStore guidelines;

    /**
     * @param audience a submitted audience
     * @param owner the owning agency of the guideline, empty for a government-wide one
     * @throws GovException naming the first unknown agency, unit, group or person, or one outside the owner
     */
    public void check(Audience audience, Optional<String> owner) throws GovException
    {
        int size = audience.agencies().size() + audience.units().size() + audience.groups().size()
            + audience.people().size() + audience.exemptions().size();
        if (size > MAX_ENTRIES) {
            throw new GovException("gov.policy.error.audience.tooLarge", MAX_ENTRIES);
        }
        for (String agency : sorted(audience.agencies())) {
            if (this.agencies.getAgency(agency).isEmpty()) {
                throw new GovException("gov.core.error.agency.unknown", agency);
            }
            checkOwner(agency, owner);
        }
        for (String unitKey : sorted(audience.units())) {
            OrgUnit unit = this.agencies.getUnit(unitKey)
                .orElseThrow(() -> new GovException("gov.core.error.unit.unknown", unitKey));
            checkOwner(unit.agencyKey(), owner);
        }
        for (String group : sorted(audience.groups())) {
            if (!this.directory.groupExists(group)) {
                throw new GovException("gov.policy.error.audience.unknownGroup", group);
            }
        }
        for (String person : sorted(union(audience.people(), audience.exemptions()))) {
            if (!this.directory.userExists(person)) {
                throw new GovException("gov.core.error.user.unknown", person);
            }
        }
        for (String person : sorted(audience.people())) {
            Membership home = this.memberships.get(person)
                .orElseThrow(() -> new GovException("gov.policy.error.audience.noHomeAgency", person));
            checkOwner(home.agencyKey(), owner);
        }
    }

    /**
     * Writes the resolved form of a guideline's audience, which the assignment statements read.
     *
     * @param connection the transaction's connection
     * @param key the guideline
     * @param audience its audience
     * @throws GovException when the registry fails
     * @throws SQLException when the store fails
     */
    public void resolve(Connection connection, String key, Audience audience) throws GovException, SQLException
    {
        Set<String> units = new HashSet<>();
        for (String unitKey : audience.units()) {
            Optional<OrgUnit> unit = this.agencies.getUnit(unitKey);
            if (unit.isPresent()) {
                units.addAll(subtree(this.agencies.listUnits(unit.get().agencyKey()), unitKey));
            }
        }
        Set<String> people = new HashSet<>(audience.people());
        for (String group : audience.groups()) {
            people.addAll(this.directory.getMembers(group));
        }
        this.guidelines.replaceResolvedAudience(connection, key, units, people);
    }

    private static Set<String> subtree(List<UnitTreeEntry> tree, String root)
    {
        Set<String> keys = new HashSet<>();
        int rootDepth = -1;
        for (UnitTreeEntry entry : tree) {
            if (rootDepth >= 0 && entry.depth() <= rootDepth) {
                break;
            }
            if (entry.unit().key().equals(root)) {
                rootDepth = entry.depth();
            }
            if (rootDepth >= 0) {
                keys.add(entry.unit().key());
            }
        }
        return keys;
    }

    private static void checkOwner(String agency, Optional<String> owner) throws GovException
    {
        if (owner.isPresent() && !owner.get().equals(agency)) {
            throw new GovException("gov.policy.error.audience.outsideAgency", agency, owner.get());
        }
    }

    private static List<String> sorted(Set<String> values)
    {
        return values.stream().sorted().toList();
    }

    private static Set<String> union(Set<String> first, Set<String> second)
    {
        Set<String> all = new HashSet<>(first);
        all.addAll(second);
        return all;
    }
}
