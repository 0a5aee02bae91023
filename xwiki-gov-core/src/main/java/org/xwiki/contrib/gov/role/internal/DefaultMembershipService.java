package org.xwiki.contrib.gov.role.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.component.manager.ComponentLookupException;
import org.xwiki.component.manager.ComponentManager;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.agency.internal.JdbcAgencyStore;
import org.xwiki.contrib.gov.agency.internal.UnitPlacement;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.directory.WikiDirectory;
import org.xwiki.contrib.gov.role.CoreOperations;
import org.xwiki.contrib.gov.role.GovAuthorization;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipListener;
import org.xwiki.contrib.gov.role.MembershipService;
import org.xwiki.contrib.gov.store.GovStore;

/**
 * Checks the person, agency, unit and rights, then records the new home and an audit record in one transaction. An
 * assignment that changes nothing is not recorded.
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
    private JdbcAgencyStore agencies;

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
        assign(actor, membership, false);
    }

    @Override
    public void assignInBulk(Actor actor, Membership membership) throws GovException
    {
        assign(actor, membership, true);
    }

    private void assign(Actor actor, Membership membership, boolean deferredAudit) throws GovException
    {
        if (!this.directory.userExists(membership.userId())) {
            throw new GovException("gov.core.error.user.unknown", membership.userId());
        }
        this.authorization.check(actor, CoreOperations.ASSIGN_MEMBERSHIP, Optional.of(membership.agencyKey()));
        this.store.inTransaction(connection -> {
            if (this.agencies.getAgency(connection, membership.agencyKey()).isEmpty()) {
                throw new GovException("gov.core.error.agency.unknown", membership.agencyKey());
            }
            if (membership.unitKey().isPresent()) {
                String unitKey = membership.unitKey().get();
                UnitPlacement.requireUnitOfAgency(unitKey, this.agencies.getUnit(connection, unitKey),
                    membership.agencyKey(), "gov.core.error.unit.unknown",
                    "gov.core.error.membership.unitInOtherAgency");
            }
            Optional<Membership> previous = this.memberships.find(connection, membership.userId(), true);
            if (previous.equals(Optional.of(membership))) {
                return null;
            }
            Instant now = this.clock.instant();
            if (previous.isPresent()) {
                if (!previous.get().agencyKey().equals(membership.agencyKey())) {
                    this.authorization.check(actor, CoreOperations.ASSIGN_MEMBERSHIP,
                        Optional.of(previous.get().agencyKey()));
                }
                this.memberships.update(connection, membership, now);
            } else {
                this.memberships.insert(connection, membership, now);
            }
            notifyListeners(connection, membership, now.toEpochMilli());
            Map<String, String> record = Map.of("user", membership.userId(), "agency", membership.agencyKey(),
                "unit", membership.unitKey().orElse(""), "previousAgency",
                previous.map(Membership::agencyKey).orElse(""), "previousUnit",
                previous.flatMap(Membership::unitKey).orElse(""));
            if (deferredAudit) {
                this.auditLog.appendDeferred(actor, ASSIGNED, record);
            } else {
                this.auditLog.append(actor, ASSIGNED, record);
            }
            return null;
        });
    }

    private void notifyListeners(Connection connection, Membership membership, long time) throws SQLException
    {
        List<MembershipListener> listeners;
        try {
            listeners = this.componentManager.getInstanceList(MembershipListener.class);
        } catch (ComponentLookupException e) {
            throw new IllegalStateException("Cannot look up the membership listeners", e);
        }
        for (MembershipListener listener : listeners) {
            listener.membershipChanged(connection, membership, time);
        }
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
