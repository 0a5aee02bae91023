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

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.NotFoundException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.authorization.GovAuthorization;
import org.xwiki.contrib.gov.clearance.ClearanceService;
import org.xwiki.contrib.gov.crossagency.AgencyApproval;
import org.xwiki.contrib.gov.crossagency.CharterAmendment;
import org.xwiki.contrib.gov.crossagency.CrossAgencyOperations;
import org.xwiki.contrib.gov.crossagency.MemberRole;
import org.xwiki.contrib.gov.crossagency.MemberState;
import org.xwiki.contrib.gov.crossagency.MembershipPolicy;
import org.xwiki.contrib.gov.crossagency.Space;
import org.xwiki.contrib.gov.crossagency.SpaceStatus;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcAmendmentStore;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcSpaceMemberStore;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcSpaceStore;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipService;

/**
 * Who may see a cross-agency space (its charter: a suspended member sees why, not its content): its stewards,
 * members, people asking to join and invitees, its proposer, the administrators of its agencies, government
 * administrators and, once active and unless it is by invitation, the public servants of its agencies whose clearance
 * covers its label. Anyone else is told there is no such space, in the words used for one that does not exist.
 *
 * @version $Id$
 */
@Component(roles = SpaceAccess.class)
@Singleton
public class SpaceAccess
{
    /** The refusal of a space that does not exist or that the caller may not see. */
    public static final String UNKNOWN_SPACE = "gov.crossagency.error.unknownSpace";

    @Inject
    private JdbcSpaceStore spaces;

    @Inject
    private GovAuthorization authorization;

    @Inject
    private MembershipService memberships;

    @Inject
    private ClearanceService clearances;

    @Inject
    private JdbcAmendmentStore amendments;

    @Inject
    private JdbcSpaceMemberStore members;

    /**
     * @param connection the transaction's connection
     * @param actor who asks
     * @param key a space
     * @param lock whether to lock the space's row until the transaction ends
     * @return the space, when the actor may see it
     * @throws SQLException when a statement fails
     * @throws GovException a {@link NotFoundException} when there is no such space or the actor may not see it
     */
    public Space requireVisible(Connection connection, Actor actor, String key, boolean lock)
        throws SQLException, GovException
    {
        Optional<Space> found = this.spaces.find(connection, key, lock);
        if (found.isEmpty() || actor.userId().isEmpty() || !maySee(connection, actor, found.get())) {
            throw new NotFoundException(UNKNOWN_SPACE, key);
        }
        return found.get();
    }

    /**
     * @param connection the transaction's connection
     * @param key a space
     * @param lock whether to lock the space's row until the transaction ends
     * @return the space, whoever asks
     * @throws SQLException when a statement fails
     * @throws GovException a {@link NotFoundException} when there is no such space
     */
    public Space require(Connection connection, String key, boolean lock) throws SQLException, GovException
    {
        return this.spaces.find(connection, key, lock).orElseThrow(() -> new NotFoundException(UNKNOWN_SPACE, key));
    }

    /**
     * @param actor who asks
     * @param space a space
     * @return whether the actor oversees the space without being in it: an administrator of one of its agencies, or
     *     a government administrator
     * @throws GovException when the rights cannot be read
     */
    public boolean oversees(Actor actor, Space space) throws GovException
    {
        return this.authorization.isAllowed(actor, CrossAgencyOperations.SEE_EVERY_SPACE, Optional.empty())
            || !this.authorization.allowedAgencies(actor, CrossAgencyOperations.DECIDE_FOR_AGENCY,
                space.charter().agencies()).isEmpty();
    }

    /**
     * @param connection a transaction
     * @param actor who asks
     * @param space a space the actor may see
     * @return whether the actor sees everyone in it and the events about them: an active member who is not a guest,
     *     or someone who oversees it; guests and outsiders see its stewards only
     * @throws SQLException when the database fails
     * @throws GovException when the rights cannot be read
     */
    public boolean seesWhoIsIn(Connection connection, Actor actor, Space space) throws SQLException, GovException
    {
        boolean inside = actor.userId().isPresent() && this.members.find(connection, space.key(),
            actor.userId().get(), false).filter(member -> member.state() == MemberState.ACTIVE
                && member.role() != MemberRole.GUEST).isPresent();
        return inside || oversees(actor, space);
    }

    /**
     * @param actor who asks
     * @param space a space
     * @return whether the actor is one of its active stewards
     */
    public static boolean isSteward(Actor actor, Space space)
    {
        return actor.userId().filter(space.charter().stewards()::contains).isPresent();
    }

    /**
     * @param userId a person
     * @param space a space
     * @return whether the person's clearance covers the space's label
     * @throws GovException when the clearance cannot be read
     */
    public boolean isCleared(String userId, Space space) throws GovException
    {
        return this.clearances.covers(this.clearances.get(userId), space.charter().label());
    }

    /** The administrators of an agency a pending charter change would add read the space to decide. */
    private boolean decidesAmendment(Connection connection, Actor actor, Space space)
        throws SQLException, GovException
    {
        Optional<CharterAmendment> pending = this.amendments.findPending(connection, space.key(), false);
        return pending.isPresent() && !this.authorization.allowedAgencies(actor,
            CrossAgencyOperations.DECIDE_FOR_AGENCY, pending.get().approvals().stream()
                .map(AgencyApproval::agencyKey).toList()).isEmpty();
    }

    private boolean maySee(Connection connection, Actor actor, Space space) throws SQLException, GovException
    {
        String userId = actor.userId().orElseThrow();
        if (userId.equals(space.proposedBy()) || this.spaces.findRole(connection, space.key(), userId).isPresent()
            || oversees(actor, space)) {
            return true;
        }
        if (decidesAmendment(connection, actor, space)) {
            return true;
        }
        Optional<Membership> home = this.memberships.get(userId);
        return space.status() == SpaceStatus.ACTIVE && space.charter().policy() != MembershipPolicy.INVITE
            && home.isPresent() && space.charter().agencies().contains(home.get().agencyKey())
            && isCleared(userId, space);
    }
}
