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
package org.xwiki.contrib.gov.role.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.component.manager.ComponentLookupException;
import org.xwiki.component.manager.ComponentManager;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.agency.AgencyRegistry;
import org.xwiki.contrib.gov.agency.OrgUnit;
import org.xwiki.contrib.gov.agency.UnitPlacement;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.authorization.CoreOperations;
import org.xwiki.contrib.gov.authorization.GovAuthorization;
import org.xwiki.contrib.gov.directory.WikiDirectory;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipListener;
import org.xwiki.contrib.gov.role.MembershipService;
import org.xwiki.contrib.gov.store.GovStore;

/**
 * Checks the person, agency, unit and rights, then records the new home and an audit record in one transaction;
 * a bulk assignment does so for a whole list, reading each agency, unit and the actor's rights once and writing in
 * batches. An assignment that changes nothing is not recorded.
 *
 * @version $Id$
 */
@Component
@Singleton
public class DefaultMembershipService implements MembershipService
{
    private static final String ASSIGNED = "core.membership.assigned";

    @Inject
    private GovStore store;

    @Inject
    private JdbcMembershipStore memberships;

    @Inject
    private AgencyRegistry agencies;

    @Inject
    private AuditLog auditLog;

    @Inject
    private GovAuthorization authorization;

    @Inject
    private WikiDirectory directory;

    @Inject
    private Clock clock;

    @Inject
    private ComponentManager componentManager;

    @Override
    public void assign(Actor actor, Membership membership) throws GovException
    {
        Map<String, GovException> refused = assign(actor, List.of(membership), false);
        if (!refused.isEmpty()) {
            throw refused.get(membership.userId());
        }
    }

    @Override
    public Map<String, GovException> assignInBulk(Actor actor, List<Membership> memberships) throws GovException
    {
        return assign(actor, memberships, true);
    }

    private Map<String, GovException> assign(Actor actor, List<Membership> wanted, boolean deferredAudit)
        throws GovException
    {
        Map<String, GovException> refused = new LinkedHashMap<>();
        List<Membership> known = new ArrayList<>(wanted.size());
        for (Membership membership : wanted) {
            if (this.directory.userExists(membership.userId())) {
                known.add(membership);
            } else {
                refused.put(membership.userId(), new GovException("gov.core.error.user.unknown", membership.userId()));
            }
        }
        if (known.isEmpty()) {
            return refused;
        }
        return this.store.inTransaction(connection -> {
            Map<String, Membership> previous =
                this.memberships.findAll(connection, known.stream().map(Membership::userId).toList(), true);
            Set<String> agencyKeys = new TreeSet<>();
            known.forEach(membership -> agencyKeys.add(membership.agencyKey()));
            previous.values().forEach(membership -> agencyKeys.add(membership.agencyKey()));
            AssignmentChecks checks = new AssignmentChecks(Set.copyOf(
                this.authorization.allowedAgencies(actor, CoreOperations.ASSIGN_MEMBERSHIP, List.copyOf(agencyKeys))));
            List<Membership> inserted = new ArrayList<>();
            List<Membership> updated = new ArrayList<>();
            List<Map<String, String>> records = new ArrayList<>();
            for (Membership membership : known) {
                Optional<Membership> before = Optional.ofNullable(previous.get(membership.userId()));
                try {
                    checks.require(membership, before);
                } catch (GovException e) {
                    refused.put(membership.userId(), e);
                    continue;
                }
                if (!before.equals(Optional.of(membership))) {
                    (before.isPresent() ? updated : inserted).add(membership);
                    records.add(record(membership, before));
                }
            }
            write(connection, actor, inserted, updated, records, deferredAudit);
            return refused;
        });
    }

    private void write(Connection connection, Actor actor, List<Membership> inserted, List<Membership> updated,
        List<Map<String, String>> records, boolean deferredAudit) throws SQLException, GovException
    {
        if (records.isEmpty()) {
            return;
        }
        Instant now = this.clock.instant();
        this.memberships.insertAll(connection, inserted, now);
        this.memberships.updateAll(connection, updated, now);
        List<Membership> changed = new ArrayList<>(inserted);
        changed.addAll(updated);
        notifyListeners(connection, changed, now.toEpochMilli());
        if (deferredAudit) {
            this.auditLog.appendDeferred(actor, ASSIGNED, records);
        } else {
            for (Map<String, String> record : records) {
                this.auditLog.append(actor, ASSIGNED, record);
            }
        }
    }

    private static Map<String, String> record(Membership membership, Optional<Membership> previous)
    {
        return Map.of("user", membership.userId(), "agency", membership.agencyKey(), "unit",
            membership.unitKey().orElse(""), "previousAgency", previous.map(Membership::agencyKey).orElse(""),
            "previousUnit", previous.flatMap(Membership::unitKey).orElse(""));
    }

    /** The checks of one transaction's assignments, reading each agency and unit once. */
    private final class AssignmentChecks
    {
        private final Set<String> allowedAgencies;

        private final Map<String, Boolean> agencyExists = new HashMap<>();

        private final Map<String, Optional<OrgUnit>> units = new HashMap<>();

        AssignmentChecks(Set<String> allowedAgencies)
        {
            this.allowedAgencies = allowedAgencies;
        }

        /**
         * The rights on the new agency, the agency, the unit, and for a transfer the rights on the current agency.
         */
        void require(Membership membership, Optional<Membership> previous) throws GovException
        {
            requireAllowed(membership.agencyKey());
            if (!agencyExists(membership.agencyKey())) {
                throw new GovException("gov.core.error.agency.unknown", membership.agencyKey());
            }
            if (membership.unitKey().isPresent()) {
                String unitKey = membership.unitKey().get();
                UnitPlacement.requireUnitOfAgency(unitKey, unit(unitKey), membership.agencyKey(),
                    "gov.core.error.unit.unknown", "gov.core.error.membership.unitInOtherAgency");
            }
            if (previous.isPresent() && !previous.get().agencyKey().equals(membership.agencyKey())) {
                requireAllowed(previous.get().agencyKey());
            }
        }

        private void requireAllowed(String agencyKey) throws AccessDeniedException
        {
            if (!this.allowedAgencies.contains(agencyKey)) {
                throw new AccessDeniedException(CoreOperations.ASSIGN_MEMBERSHIP.name());
            }
        }

        private boolean agencyExists(String agencyKey) throws GovException
        {
            Boolean exists = this.agencyExists.get(agencyKey);
            if (exists == null) {
                exists = DefaultMembershipService.this.agencies.getAgency(agencyKey).isPresent();
                this.agencyExists.put(agencyKey, exists);
            }
            return exists;
        }

        private Optional<OrgUnit> unit(String unitKey) throws GovException
        {
            Optional<OrgUnit> unit = this.units.get(unitKey);
            if (unit == null) {
                unit = DefaultMembershipService.this.agencies.getUnit(unitKey);
                this.units.put(unitKey, unit);
            }
            return unit;
        }
    }

    private void notifyListeners(Connection connection, List<Membership> changed, long time) throws SQLException
    {
        for (MembershipListener listener : listeners()) {
            listener.membershipsChanged(connection, changed, time);
        }
    }

    private List<MembershipListener> listeners()
    {
        try {
            return this.componentManager.getInstanceList(MembershipListener.class);
        } catch (ComponentLookupException e) {
            throw new IllegalStateException("Cannot look up the membership listeners", e);
        }
    }

    @Override
    public void departed(Actor actor, List<String> userIds) throws GovException
    {
        if (userIds.isEmpty()) {
            return;
        }
        this.store.inTransaction(connection -> {
            Set<String> agencyKeys = new TreeSet<>();
            this.memberships.findAll(connection, userIds, false).values()
                .forEach(membership -> agencyKeys.add(membership.agencyKey()));
            List<String> allowed = this.authorization.allowedAgencies(actor, CoreOperations.ASSIGN_MEMBERSHIP,
                List.copyOf(agencyKeys));
            if (allowed.size() < agencyKeys.size()) {
                throw new AccessDeniedException(CoreOperations.ASSIGN_MEMBERSHIP.name());
            }
            long now = this.clock.millis();
            for (MembershipListener listener : listeners()) {
                listener.peopleDeparted(connection, userIds, now);
            }
            return null;
        });
    }

    @Override
    public Optional<Membership> get(String userId) throws GovException
    {
        return this.store.inTransaction(connection -> this.memberships.find(connection, userId, false));
    }

    @Override
    public List<Membership> listMembers(String agencyKey) throws GovException
    {
        return this.store.inTransaction(connection -> this.memberships.findByAgency(connection, agencyKey));
    }
}
