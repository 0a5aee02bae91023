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
package org.xwiki.contrib.gov.clearance.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.component.manager.ComponentLookupException;
import org.xwiki.component.manager.ComponentManager;
import org.xwiki.configuration.ConfigurationSource;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.authorization.CoreOperations;
import org.xwiki.contrib.gov.authorization.GovAuthorization;
import org.xwiki.contrib.gov.clearance.ClearanceChange;
import org.xwiki.contrib.gov.clearance.ClearanceListener;
import org.xwiki.contrib.gov.clearance.ClearanceService;
import org.xwiki.contrib.gov.clearance.ClearanceView;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.internal.JdbcMembershipStore;
import org.xwiki.contrib.gov.store.GovStore;

/**
 * Clearances on the gov store. A change locks the person's clearance row (when there is one), so that two HR officers
 * recording at once queue; the rights are read once per transaction for the agencies concerned.
 *
 * @version $Id$
 */
@Component
@Singleton
public class DefaultClearanceService implements ClearanceService
{
    private static final String DEFAULT_LEVELS = "UNCLASSIFIED,PROTECTED_A,PROTECTED_B";

    private static final String SET = "core.clearance.set";

    @Inject
    @Named("xwikiproperties")
    private ConfigurationSource configuration;

    @Inject
    private GovStore store;

    @Inject
    private JdbcClearanceStore clearances;

    @Inject
    private JdbcMembershipStore memberships;

    @Inject
    private GovAuthorization authorization;

    @Inject
    private AuditLog auditLog;

    @Inject
    private Clock clock;

    @Inject
    private ComponentManager componentManager;

    @Override
    public List<String> getLevels()
    {
        String levels = this.configuration.getProperty("gov.sensitivity.levels", DEFAULT_LEVELS);
        List<String> ladder = Arrays.stream(levels.split(",")).map(String::strip).filter(level -> !level.isEmpty())
            .distinct().toList();
        return ladder.isEmpty() ? List.of(DEFAULT_LEVELS.split(",")) : ladder;
    }

    @Override
    public String get(String userId) throws GovException
    {
        return getAll(List.of(userId)).get(userId);
    }

    @Override
    public Map<String, String> getAll(List<String> userIds) throws GovException
    {
        Map<String, String> recorded =
            this.store.inTransaction(connection -> this.clearances.findAll(connection, userIds, false));
        String lowest = getLevels().get(0);
        Map<String, String> all = new LinkedHashMap<>();
        userIds.forEach(userId -> all.put(userId, recorded.getOrDefault(userId, lowest)));
        return all;
    }

    @Override
    public Optional<ClearanceView> view(Actor actor, String userId) throws GovException
    {
        if (actor.userId().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> agency = this.store.inTransaction(connection -> this.memberships.find(connection, userId,
            false)).map(Membership::agencyKey);
        boolean editable = this.authorization.isAllowed(actor, CoreOperations.SET_CLEARANCE, agency);
        if (!editable && !actor.userId().get().equals(userId)) {
            return Optional.empty();
        }
        return Optional.of(new ClearanceView(userId, get(userId), editable));
    }

    @Override
    public void set(Actor actor, String userId, String level) throws GovException
    {
        Map<String, GovException> refused = set(actor, Map.of(userId, level), false);
        if (!refused.isEmpty()) {
            throw refused.get(userId);
        }
    }

    @Override
    public Map<String, GovException> setInBulk(Actor actor, Map<String, String> levels) throws GovException
    {
        return set(actor, levels, true);
    }

    private Map<String, GovException> set(Actor actor, Map<String, String> wanted, boolean deferredAudit)
        throws GovException
    {
        Map<String, GovException> refused = new LinkedHashMap<>();
        Map<String, String> onLadder = new LinkedHashMap<>();
        wanted.forEach((userId, level) -> {
            if (isLevel(level)) {
                onLadder.put(userId, level);
            } else {
                refused.put(userId, new GovException("gov.core.error.clearance.unknownLevel", level));
            }
        });
        if (onLadder.isEmpty()) {
            return refused;
        }
        String lowest = getLevels().get(0);
        return this.store.inTransaction(connection -> {
            Map<String, Membership> homes = this.memberships.findAll(connection, onLadder.keySet(), false);
            Set<String> agencies = new HashSet<>();
            homes.values().forEach(home -> agencies.add(home.agencyKey()));
            Set<String> allowed = Set.copyOf(this.authorization.allowedAgencies(actor, CoreOperations.SET_CLEARANCE,
                List.copyOf(agencies)));
            boolean governmentWide = this.authorization.isAllowed(actor, CoreOperations.SET_CLEARANCE,
                Optional.empty());
            Map<String, String> previous = this.clearances.findAll(connection, onLadder.keySet(), true);
            Map<String, String> inserted = new LinkedHashMap<>();
            Map<String, String> updated = new LinkedHashMap<>();
            List<ClearanceChange> changes = new ArrayList<>();
            for (Map.Entry<String, String> entry : onLadder.entrySet()) {
                String userId = entry.getKey();
                Membership home = homes.get(userId);
                if (home == null) {
                    // Only those who may record any clearance learn that the person has no home agency.
                    refused.put(userId, governmentWide ? new GovException("gov.core.error.clearance.noAgency", userId)
                        : new AccessDeniedException(SET));
                } else if (!allowed.contains(home.agencyKey())) {
                    refused.put(userId, new AccessDeniedException(SET));
                } else if (!entry.getValue().equals(previous.getOrDefault(userId, lowest))) {
                    (previous.containsKey(userId) ? updated : inserted).put(userId, entry.getValue());
                    changes.add(new ClearanceChange(userId, previous.getOrDefault(userId, lowest), entry.getValue()));
                }
            }
            write(connection, actor, inserted, updated, changes, deferredAudit);
            return refused;
        });
    }

    private void write(Connection connection, Actor actor, Map<String, String> inserted, Map<String, String> updated,
        List<ClearanceChange> changes, boolean deferredAudit) throws SQLException, GovException
    {
        if (changes.isEmpty()) {
            return;
        }
        Instant now = this.clock.instant();
        this.clearances.insertAll(connection, inserted, now);
        this.clearances.updateAll(connection, updated, now);
        List<Map<String, String>> records = changes.stream()
            .map(change -> Map.of("user", change.userId(), "level", change.level(), "previous", change.previous()))
            .toList();
        if (deferredAudit) {
            this.auditLog.appendDeferred(actor, SET, records);
        } else {
            this.auditLog.append(actor, SET, records.get(0));
        }
        for (ClearanceListener listener : listeners()) {
            listener.clearancesChanged(connection, changes, now.toEpochMilli());
        }
    }

    private List<ClearanceListener> listeners()
    {
        try {
            return this.componentManager.getInstanceList(ClearanceListener.class);
        } catch (ComponentLookupException e) {
            throw new IllegalStateException("Cannot look up the clearance listeners", e);
        }
    }
}
