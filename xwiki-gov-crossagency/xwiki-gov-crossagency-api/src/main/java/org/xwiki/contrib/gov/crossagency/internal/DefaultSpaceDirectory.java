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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.agency.Agency;
import org.xwiki.contrib.gov.agency.AgencyRegistry;
import org.xwiki.contrib.gov.authorization.GovAuthorization;
import org.xwiki.contrib.gov.clearance.ClearanceService;
import org.xwiki.contrib.gov.crossagency.CrossAgencyOperations;
import org.xwiki.contrib.gov.crossagency.MemberState;
import org.xwiki.contrib.gov.crossagency.MySpace;
import org.xwiki.contrib.gov.crossagency.MySpaces;
import org.xwiki.contrib.gov.crossagency.SpaceDirectory;
import org.xwiki.contrib.gov.crossagency.SpaceQuery;
import org.xwiki.contrib.gov.crossagency.SpaceSearchResult;
import org.xwiki.contrib.gov.crossagency.SpaceSummary;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcSpaceDirectory;
import org.xwiki.contrib.gov.input.Inputs;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipService;
import org.xwiki.contrib.gov.store.GovStore;

/**
 * The space directory on the gov store. The reader's scope (home agency, the labels their clearance covers, the
 * agencies they administer) is worked out here, before the store is read, and the store applies it as one condition
 * to the page and the count, the same rule as {@link SpaceAccess} applies to one space.
 *
 * @version $Id$
 */
@Component
@Singleton
public class DefaultSpaceDirectory implements SpaceDirectory
{
    @Inject
    private GovStore store;

    @Inject
    private JdbcSpaceDirectory directory;

    @Inject
    private GovAuthorization authorization;

    @Inject
    private AgencyRegistry agencies;

    @Inject
    private MembershipService memberships;

    @Inject
    private ClearanceService clearances;

    @Inject
    private GuidelineGates gates;

    @Override
    public SpaceSearchResult search(Actor actor, SpaceQuery query) throws GovException
    {
        String userId = signedIn(actor);
        if (query.keywords().isPresent()) {
            Inputs.requireText("gov.crossagency.field.keywords", query.keywords().get(), SpaceQuery.MAX_KEYWORDS);
        }
        JdbcSpaceDirectory.Reader reader = reader(actor, userId);
        return this.store.inTransaction(connection -> this.directory.search(connection, reader, query,
            french(actor)));
    }

    @Override
    public List<SpaceSummary> suggest(Actor actor, String text) throws GovException
    {
        String typed = Inputs.requireText("gov.crossagency.field.keywords", text, SpaceQuery.MAX_KEYWORDS);
        return search(actor, new SpaceQuery(Optional.of(typed), Optional.empty(), Optional.empty(), Optional.empty(),
            0, SUGGESTIONS)).spaces();
    }

    @Override
    public MySpaces mine(Actor actor) throws GovException
    {
        String userId = signedIn(actor);
        List<String> administered = administered(actor);
        return this.store.inTransaction(connection -> {
            List<MySpace> spaces = this.directory.mine(connection, userId, french(actor));
            Map<String, List<String>> guidelines = this.directory.guidelines(connection,
                spaces.stream().map(space -> space.space().key()).toList());
            List<MySpace> gated = new ArrayList<>(spaces.size());
            for (MySpace space : spaces) {
                List<String> listed = guidelines.getOrDefault(space.space().key(), List.of());
                boolean awaiting = space.state() == MemberState.ACTIVE && !this.gates.passesAll(userId, listed);
                gated.add(new MySpace(space.space(), space.role(), space.state(), space.reason(),
                    space.pendingRequests(), awaiting));
            }
            return new MySpaces(gated, this.directory.awaitingDecision(connection, administered));
        });
    }

    private JdbcSpaceDirectory.Reader reader(Actor actor, String userId) throws GovException
    {
        boolean everything =
            this.authorization.isAllowed(actor, CrossAgencyOperations.SEE_EVERY_SPACE, Optional.empty());
        List<String> overseen = everything ? List.of() : administered(actor);
        List<String> levels = this.clearances.getLevels();
        int held = levels.indexOf(this.clearances.get(userId));
        return new JdbcSpaceDirectory.Reader(userId, this.memberships.get(userId).map(Membership::agencyKey),
            levels.subList(0, held + 1), overseen, everything);
    }

    private List<String> administered(Actor actor) throws GovException
    {
        return this.authorization.allowedAgencies(actor, CrossAgencyOperations.DECIDE_FOR_AGENCY,
            this.agencies.listAgencies().stream().map(Agency::key).toList());
    }

    private static boolean french(Actor actor)
    {
        return "fr".equals(actor.locale().getLanguage());
    }

    private static String signedIn(Actor actor) throws AccessDeniedException
    {
        return actor.userId().orElseThrow(() -> new AccessDeniedException("crossagency.space.list"));
    }
}
