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
package org.xwiki.contrib.gov.profiles.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
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
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.authorization.GovAuthorization;
import org.xwiki.contrib.gov.profiles.HrFields;
import org.xwiki.contrib.gov.profiles.ProfileOperations;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipService;

/**
 * The HR-side changes of a profile, inside the caller's transaction, shared by the pages and the HR import: each
 * writes the row, logs the change for the search index and appends the audit record. Rights and value checks are the
 * caller's.
 *
 * @version $Id$
 */
@Component(roles = ProfileWrites.class)
@Singleton
public class ProfileWrites
{
    private static final String USER = "user";

    private static final String HR_UPDATED = "profiles.hr.updated";

    @Inject
    private JdbcProfileStore profiles;

    @Inject
    private JdbcOrgChartReads orgChart;

    @Inject
    private JdbcProfileChangeLog changes;

    @Inject
    private AuditLog auditLog;

    @Inject
    private MembershipService memberships;

    @Inject
    private GovAuthorization authorization;

    /**
     * Replaces the HR-owned fields, creating the profile on first use; a new manager is refused when it would close
     * a loop.
     *
     * @param connection the connection, in a transaction
     * @param actor who changes them, for the audit log
     * @param userId the person
     * @param hr the new, checked values
     * @param now the time, epoch milliseconds
     * @param bulk whether this is one of many changes made together (an import): its audit record is then deferred,
     *     chained by the background task within seconds instead of queueing on the chain's head
     * @throws SQLException when the database fails
     * @throws GovException when the manager is unknown or would make a cycle
     */
    public void writeHr(Connection connection, Actor actor, String userId, HrFields hr, long now, boolean bulk)
        throws SQLException, GovException
    {
        // A profile created here is locked already, by its insertion.
        if (!this.profiles.createIfMissing(connection, userId, hr.displayName(), now)) {
            this.profiles.lock(connection, userId);
        }
        Optional<String> manager = hr.managerId();
        checkManager(connection, actor, userId, manager);
        this.profiles.updateHr(connection, userId, hr, now);
        this.changes.record(connection, userId, now);
        audit(actor, HR_UPDATED, hrRecord(userId, hr), bulk);
    }

    /**
     * Locks the profiles of many people (those who have one) until the end of the transaction, before they are read
     * for {@link #writeHrInBulk}.
     *
     * @param connection the connection, in a transaction
     * @param userIds the people
     * @throws SQLException when the database fails
     */
    public void lockProfiles(Connection connection, List<String> userIds) throws SQLException
    {
        this.profiles.lockAll(connection, userIds);
    }

    /**
     * Replaces the HR-owned fields of many people whose manager does not change (a chunk of an import), in batches:
     * newcomers get a profile, each change is logged for the search index and audited (deferred). A change of
     * manager goes through {@link #writeHr}, which checks for loops one person at a time.
     *
     * @param connection the connection, in a transaction that locked the existing profiles first
     * @param actor who changes them, for the audit log
     * @param hr the new, checked values, by user id, each with the person's current manager
     * @param now the time, epoch milliseconds
     * @throws SQLException when the database fails
     * @throws GovException when the audit log fails
     */
    public void writeHrInBulk(Connection connection, Actor actor, Map<String, HrFields> hr, long now)
        throws SQLException, GovException
    {
        if (hr.isEmpty()) {
            return;
        }
        Map<String, String> names = new LinkedHashMap<>();
        List<Map<String, ?>> records = new ArrayList<>(hr.size());
        hr.forEach((userId, fields) -> {
            names.put(userId, fields.displayName());
            records.add(hrRecord(userId, fields));
        });
        this.profiles.createAllMissing(connection, names, now);
        this.profiles.updateAllHr(connection, hr, now);
        this.changes.recordAll(connection, List.copyOf(hr.keySet()), now);
        this.auditLog.appendDeferred(actor, HR_UPDATED, records);
    }

    private static Map<String, ?> hrRecord(String userId, HrFields hr)
    {
        return Map.of(USER, userId, "displayName", hr.displayName(), "positionTitle", hr.positionTitle().orElse(""),
            "classification", hr.classification().orElse(""), "manager", hr.managerId().orElse(""));
    }

    /**
     * @param connection the connection, in a transaction
     * @param actor who changes it, for the audit log
     * @param userId the person
     * @param active whether the person is in the directory
     * @param now the time, epoch milliseconds
     * @param bulk whether this is one of many changes made together, as for {@link #writeHr}
     * @throws SQLException when the database fails
     * @throws GovException when the person has no profile
     */
    public void writeActive(Connection connection, Actor actor, String userId, boolean active, long now, boolean bulk)
        throws SQLException, GovException
    {
        if (!this.profiles.lock(connection, userId)) {
            throw new GovException("gov.profiles.error.unknownPerson", userId);
        }
        this.profiles.setActive(connection, userId, active, now);
        this.changes.record(connection, userId, now);
        audit(actor, "profiles.person.activated", Map.of(USER, userId, "active", active), bulk);
    }

    private void audit(Actor actor, String type, Map<String, ?> payload, boolean bulk) throws GovException
    {
        if (bulk) {
            this.auditLog.appendDeferred(actor, type, payload);
        } else {
            this.auditLog.append(actor, type, payload);
        }
    }

    /**
     * Checks a manager before anything is written: known, of the person's own agency unless a government
     * administrator names them, and not closing a loop (a manager kept is not checked again).
     *
     * @param connection the connection, in a transaction
     * @param actor who names the manager
     * @param userId the person, who may have no profile yet
     * @param manager the manager to be
     * @throws SQLException when the database fails
     * @throws GovException when the manager is unknown, of another agency, or would make a cycle
     */
    public void checkManager(Connection connection, Actor actor, String userId, Optional<String> manager)
        throws SQLException, GovException
    {
        checkManager(connection, actor, userId, this.memberships.get(userId).map(Membership::agencyKey), manager);
    }

    /**
     * Checks a manager as {@link #checkManager(Connection, Actor, String, Optional)} does, for a person about to be
     * placed in an agency (an import that moves them).
     *
     * @param connection the connection, in a transaction
     * @param actor who names the manager
     * @param userId the person, who may have no profile yet
     * @param agencyKey the person's home agency once the change is made, empty for none
     * @param manager the manager to be
     * @throws SQLException when the database fails
     * @throws GovException when the manager is unknown, of another agency, or would make a cycle
     */
    public void checkManager(Connection connection, Actor actor, String userId, Optional<String> agencyKey,
        Optional<String> manager) throws SQLException, GovException
    {
        if (manager.isPresent() && !manager.equals(this.orgChart.findManager(connection, userId))) {
            requireSameAgency(actor, userId, agencyKey, manager.get());
            requireNoCycle(connection, userId, manager.get());
        }
    }

    /**
     * A reporting line across agencies sends escalations about the person into the other agency: government
     * administrators only draw one. A person or manager without a home agency yet crosses nothing.
     */
    private void requireSameAgency(Actor actor, String userId, Optional<String> agency, String managerId)
        throws GovException
    {
        Optional<String> managerAgency = this.memberships.get(managerId).map(Membership::agencyKey);
        if (agency.isPresent() && managerAgency.isPresent() && !agency.equals(managerAgency)
            && !this.authorization.isAllowed(actor, ProfileOperations.SET_CROSS_AGENCY_MANAGER, Optional.empty())) {
            throw new GovException("gov.profiles.error.managerOtherAgency", userId, managerId, managerAgency.get(),
                agency.get());
        }
    }

    /** Walks up from the new manager, locking each row so that two concurrent changes cannot close a loop. */
    private void requireNoCycle(Connection connection, String userId, String managerId)
        throws SQLException, GovException
    {
        if (!this.profiles.lock(connection, managerId)) {
            throw new GovException("gov.profiles.error.unknownManager", managerId);
        }
        Set<String> seen = new HashSet<>();
        Optional<String> current = Optional.of(managerId);
        while (current.isPresent() && seen.add(current.get())) {
            if (current.get().equals(userId)) {
                throw new GovException("gov.profiles.error.managerCycle", userId, managerId);
            }
            this.profiles.lock(connection, current.get());
            current = this.orgChart.findManager(connection, current.get());
        }
    }
}
