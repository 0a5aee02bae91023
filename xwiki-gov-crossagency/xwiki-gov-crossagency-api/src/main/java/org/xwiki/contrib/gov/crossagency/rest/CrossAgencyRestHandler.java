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
package org.xwiki.contrib.gov.crossagency.rest;

import java.io.IOException;
import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.component.phase.Initializable;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.crossagency.CharterAmendmentService;
import org.xwiki.contrib.gov.crossagency.SpaceContentService;
import org.xwiki.contrib.gov.crossagency.SpaceDirectory;
import org.xwiki.contrib.gov.crossagency.SpaceMembershipService;
import org.xwiki.contrib.gov.crossagency.SpaceReportService;
import org.xwiki.contrib.gov.crossagency.SpaceReviewService;
import org.xwiki.contrib.gov.crossagency.SpaceService;
import org.xwiki.contrib.gov.crossagency.internal.input.CharterFields;
import org.xwiki.contrib.gov.crossagency.internal.input.SpaceJson;
import org.xwiki.contrib.gov.crossagency.internal.input.SpaceQueries;
import org.xwiki.contrib.gov.input.Inputs;
import org.xwiki.contrib.gov.rest.GovRestHandler;
import org.xwiki.contrib.gov.rest.RestResponse;
import org.xwiki.contrib.gov.rest.RestRoutes;

/**
 * The JSON API of cross-agency spaces, {@code /gov/rest/crossagency/} (documented in {@code docs/rest.md}): propose a
 * space, read one, decide for an agency, archive, reopen; join, ask to join, decide on a request, invite, answer an
 * invitation, leave, remove, list the members. Every call goes through {@link SpaceService}, with the
 * caller's rights; a space the caller may not see answers 404 like one that does not exist.
 *
 * @version $Id$
 * @since 1.0
 */
@Component
@Named("crossagency")
@Singleton
public class CrossAgencyRestHandler implements GovRestHandler, Initializable
{
    private static final String SPACE = "spaces/{key}";

    private static final String AGENCY = SPACE + "/agencies/{agency}";

    private static final String KEY = "key";

    private static final String USER = "user";

    private static final String END_DATE = "endDate";

    private static final String REQUEST = SPACE + "/requests/{user}";

    @Inject
    private SpaceService spaces;

    @Inject
    private SpaceMembershipService members;

    @Inject
    private SpaceDirectory directory;

    @Inject
    private SpaceReviewService reviews;

    @Inject
    private SpaceReportService reports;

    @Inject
    private CharterAmendmentService amendments;

    @Inject
    private SpaceContentService content;

    private RestRoutes routes;

    @Override
    public void initialize()
    {
        this.routes = RestRoutes.builder()
            .get("labels", call -> RestResponse.json(200, this.spaces.getLabels()))
            .get("spaces", call -> RestResponse.json(200, this.directory.search(call.caller(),
                SpaceQueries.read(name -> call.parameter(name).orElse(null)))))
            .get("reports", call -> RestResponse.json(200,
                this.reports.getReport(call.caller(), call.parameter("agency").flatMap(Inputs::optional))))
            .get("reports/memberships.csv", call -> exportMemberships(call.caller(),
                call.parameter("agency").flatMap(Inputs::optional)))
            .get("spaces/suggestions", call -> RestResponse.json(200,
                this.directory.suggest(call.caller(), call.parameter("q").orElse(""))))
            .get("my-spaces", call -> RestResponse.json(200, this.directory.mine(call.caller())))
            .post("spaces", call -> RestResponse.json(201,
                this.spaces.propose(call.caller(), SpaceJson.charter(call.body()))))
            .get(SPACE, call -> RestResponse.json(200, this.spaces.get(call.caller(), call.variable(KEY))))
            .post(AGENCY + "/approve", call -> RestResponse.json(200,
                this.spaces.approve(call.caller(), call.variable(KEY), call.variable("agency"))))
            .post(AGENCY + "/decline", call -> RestResponse.json(200, this.spaces.decline(call.caller(),
                call.variable(KEY), call.variable("agency"), SpaceJson.reason(call.body()))))
            .post(AGENCY + "/withdraw", call -> RestResponse.json(200,
                this.spaces.withdraw(call.caller(), call.variable(KEY), call.variable("agency"))))
            .get(SPACE + "/amendment", call -> RestResponse.json(200,
                this.amendments.getPending(call.caller(), call.variable(KEY)).orElse(null)))
            .post(SPACE + "/amendments", call -> RestResponse.json(201, this.amendments.propose(call.caller(),
                call.variable(KEY), SpaceJson.addedAgencies(call.body()), SpaceJson.raisedLabel(call.body()))))
            .post(SPACE + "/amendment/agencies/{agency}/approve", call -> RestResponse.json(200,
                this.amendments.decide(call.caller(), call.variable(KEY), call.variable("agency"), true, "")))
            .post(SPACE + "/amendment/agencies/{agency}/decline", call -> RestResponse.json(200,
                this.amendments.decide(call.caller(), call.variable(KEY), call.variable("agency"), false,
                    SpaceJson.reason(call.body()))))
            .post(SPACE + "/archive",
                call -> RestResponse.json(200, this.spaces.archive(call.caller(), call.variable(KEY))))
            .post(SPACE + "/reopen",
                call -> RestResponse.json(200, this.spaces.reopen(call.caller(), call.variable(KEY))))
            .get(SPACE + "/pages",
                call -> RestResponse.json(200, this.content.getPages(call.caller(), call.variable(KEY))))
            .get(SPACE + "/activity",
                call -> RestResponse.json(200, this.content.getActivity(call.caller(), call.variable(KEY))))
            .get(SPACE + "/members",
                call -> RestResponse.json(200, this.members.getMembers(call.caller(), call.variable(KEY))))
            .post(SPACE + "/join", call -> RestResponse.json(200, this.members.join(call.caller(), call.variable(KEY))))
            .post(SPACE + "/requests", call -> RestResponse.json(200, this.members.request(call.caller(),
                call.variable(KEY), SpaceJson.text(call.body(), "message"))))
            .post(REQUEST + "/approve", call -> RestResponse.json(200, this.members.decideRequest(call.caller(),
                call.variable(KEY), call.variable(USER), true, "")))
            .post(REQUEST + "/decline", call -> RestResponse.json(200, this.members.decideRequest(call.caller(),
                call.variable(KEY), call.variable(USER), false, SpaceJson.reason(call.body()))))
            .post(SPACE + "/invitations/{user}", call -> RestResponse.json(200,
                this.members.invite(call.caller(), call.variable(KEY), call.variable(USER))))
            .post(SPACE + "/guests/{user}", call -> RestResponse.json(200, this.members.sponsorGuest(call.caller(),
                call.variable(KEY), call.variable(USER), CharterFields.endDate(SpaceJson.text(call.body(),
                    END_DATE)).orElse(null), CharterFields.guestAccess(SpaceJson.text(call.body(), "access")))))
            .post(SPACE + "/guests/{user}/renew", call -> RestResponse.json(200, this.members.renewGuest(
                call.caller(), call.variable(KEY), call.variable(USER),
                CharterFields.endDate(SpaceJson.text(call.body(), END_DATE)).orElse(null))))
            .get(SPACE + "/guidelines", call -> RestResponse.json(200,
                this.members.getGatingGuidelines(call.caller(), call.variable(KEY))))
            .get(SPACE + "/review", call -> RestResponse.json(200,
                this.reviews.getOpenReview(call.caller(), call.variable(KEY)).orElse(null)))
            .post(SPACE + "/review/{user}/confirm", call -> RestResponse.json(200,
                this.reviews.confirm(call.caller(), call.variable(KEY), call.variable(USER))))
            .post(SPACE + "/members/{user}/reinstate", call -> RestResponse.json(200,
                this.reviews.reinstate(call.caller(), call.variable(KEY), call.variable(USER))))
            .post(SPACE + "/invitation/accept", call -> RestResponse.json(200,
                this.members.answerInvitation(call.caller(), call.variable(KEY), true)))
            .post(SPACE + "/invitation/decline", call -> RestResponse.json(200,
                this.members.answerInvitation(call.caller(), call.variable(KEY), false)))
            .post(SPACE + "/leave", call -> RestResponse.json(200, this.members.leave(call.caller(),
                call.variable(KEY))))
            .post(SPACE + "/members/{user}/steward", call -> RestResponse.json(200,
                this.members.appointSteward(call.caller(), call.variable(KEY), call.variable(USER))))
            .post(SPACE + "/members/{user}/remove", call -> RestResponse.json(200, this.members.remove(
                call.caller(), call.variable(KEY), call.variable(USER), SpaceJson.reason(call.body()))))
            .build();
    }

    private RestResponse exportMemberships(Actor actor, Optional<String> agencyKey) throws GovException
    {
        // The right is checked before the answer starts: the body itself streams.
        this.reports.getReport(actor, agencyKey);
        return RestResponse.download("text/csv;charset=UTF-8", "memberships.csv", out -> {
            try {
                this.reports.exportMemberships(actor, agencyKey, out);
            } catch (GovException e) {
                throw new IOException(e.getMessage(), e);
            }
        });
    }

    @Override
    public RestRoutes routes()
    {
        return this.routes;
    }
}
