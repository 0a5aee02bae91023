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
package org.xwiki.contrib.gov.crossagency.script;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.agency.Agency;
import org.xwiki.contrib.gov.agency.AgencyRegistry;
import org.xwiki.contrib.gov.authorization.GovAuthorization;
import org.xwiki.contrib.gov.authorization.GovOperation;
import org.xwiki.contrib.gov.crossagency.AddedAgency;
import org.xwiki.contrib.gov.crossagency.CharterAmendmentService;
import org.xwiki.contrib.gov.crossagency.CrossAgencyOperations;
import org.xwiki.contrib.gov.crossagency.MembershipPolicy;
import org.xwiki.contrib.gov.crossagency.SpaceContentService;
import org.xwiki.contrib.gov.crossagency.SpaceDirectory;
import org.xwiki.contrib.gov.crossagency.SpaceMembershipService;
import org.xwiki.contrib.gov.crossagency.SpaceReportService;
import org.xwiki.contrib.gov.crossagency.SpaceReviewService;
import org.xwiki.contrib.gov.crossagency.SpaceService;
import org.xwiki.contrib.gov.crossagency.internal.input.CharterFields;
import org.xwiki.contrib.gov.crossagency.internal.input.SpaceQueries;
import org.xwiki.contrib.gov.input.Inputs;
import org.xwiki.contrib.gov.input.RequestParameters;
import org.xwiki.contrib.gov.script.AbstractGovScriptService;
import org.xwiki.contrib.gov.script.ScriptResult;

/**
 * The templates' entry point to cross-agency spaces, {@code $services.govcrossagency}. Rights are the services' own;
 * every change needs the request's CSRF token.
 *
 * @version $Id$
 * @since 1.0
 */
@Component
@Named("govcrossagency")
@Singleton
public class CrossAgencyScriptService extends AbstractGovScriptService
{
    private static final String TRUE = "true";

    @Inject
    private SpaceService spaces;

    @Inject
    private SpaceMembershipService members;

    @Inject
    private SpaceDirectory directory;

    @Inject
    private SpaceContentService content;

    @Inject
    private GovAuthorization authorization;

    @Inject
    private SpaceReviewService reviews;

    @Inject
    private SpaceReportService reports;

    @Inject
    private CharterAmendmentService amendments;

    @Inject
    private AgencyRegistry agencies;

    /**
     * @return the sensitivity labels, lowest first
     */
    public List<String> getLabels()
    {
        return this.spaces.getLabels();
    }

    /**
     * @return the membership policies
     */
    public List<MembershipPolicy> getPolicies()
    {
        return Arrays.asList(MembershipPolicy.values());
    }

    /**
     * @return how many spaces a directory page shows
     */
    public int getPageSize()
    {
        return SpaceQueries.DEFAULT_LIMIT;
    }

    /**
     * @param parameters the directory form's parameters ({@code q}, {@code agency}, {@code label}, {@code policy},
     *     {@code offset})
     * @return the page of the spaces the caller may see, or why the search is refused
     */
    public ScriptResult search(Map<String, ?> parameters)
    {
        return read(() -> this.directory.search(actor(), SpaceQueries.read(name -> {
            String value = RequestParameters.first(parameters, name);
            return "limit".equals(name) || value.isEmpty() ? null : value;
        })));
    }

    /**
     * @return the caller's spaces and what waits for them
     */
    public ScriptResult getMine()
    {
        return read(() -> this.directory.mine(actor()));
    }

    /**
     * @param key a space
     * @return the space, or "no such space" when the caller may not see it
     */
    public ScriptResult getSpace(String key)
    {
        return read(() -> this.spaces.get(actor(), Inputs.text(key)));
    }

    /**
     * @param key a space
     * @return the people in it the caller may see
     */
    public ScriptResult getMembers(String key)
    {
        return read(() -> this.members.getMembers(actor(), Inputs.text(key)));
    }

    /**
     * @param key a space
     * @return what the caller may do with its pages
     */
    public ScriptResult getContentAccess(String key)
    {
        return read(() -> this.content.getContentAccess(actor(), Inputs.text(key)));
    }

    /**
     * @param key a space whose content the caller may read
     * @return its pages, the most recently saved first
     */
    public ScriptResult getPages(String key)
    {
        return read(() -> this.content.getPages(actor(), Inputs.text(key)));
    }

    /**
     * @param key a space
     * @return where the caller writes a new page of it, if they may
     */
    public ScriptResult getNewPageUrl(String key)
    {
        return read(() -> this.content.getNewPageUrl(actor(), Inputs.text(key)));
    }

    /**
     * @param key a space
     * @return its latest activity the caller may see, newest first
     */
    public ScriptResult getActivity(String key)
    {
        return read(() -> this.content.getActivity(actor(), Inputs.text(key)));
    }

    /**
     * @param key a space the caller stewards
     * @return the requests to join waiting for a decision
     */
    public ScriptResult getRequests(String key)
    {
        return read(() -> this.members.getRequests(actor(), Inputs.text(key)));
    }

    /**
     * @param key a space
     * @return the guidelines its members acknowledge before they see its content, with how the caller stands
     */
    public ScriptResult getGatingGuidelines(String key)
    {
        return read(() -> this.members.getGatingGuidelines(actor(), Inputs.text(key)));
    }

    /**
     * @param key a space
     * @return the caller's own membership of it, if any
     */
    public ScriptResult getMembership(String key)
    {
        return read(() -> this.members.getMembership(actor(), Inputs.text(key)));
    }

    /**
     * @param key a space the caller stewards
     * @return its open access review, if any
     */
    public ScriptResult getOpenReview(String key)
    {
        return read(() -> this.reviews.getOpenReview(actor(), Inputs.text(key)));
    }

    /**
     * @param key a space the caller stewards
     * @return the people suspended from it
     */
    public ScriptResult getSuspended(String key)
    {
        return read(() -> this.reviews.getSuspended(actor(), Inputs.text(key)));
    }

    /**
     * @param key a space the caller stewards, with an open review
     * @param userId a person to confirm
     * @return the review, or why it was refused
     */
    public ScriptResult confirm(String key, String userId)
    {
        return change("gov.crossagency.review.confirmedMessage",
            () -> this.reviews.confirm(actor(), Inputs.text(key), Inputs.text(userId).strip()),
            review -> List.of(Inputs.text(userId)));
    }

    /**
     * @param key a space the caller stewards
     * @param userId a person suspended for not being confirmed
     * @return their membership, or why it was refused
     */
    public ScriptResult reinstate(String key, String userId)
    {
        return change("gov.crossagency.review.reinstatedMessage",
            () -> this.reviews.reinstate(actor(), Inputs.text(key), Inputs.text(userId).strip()),
            member -> List.of(member.userId()));
    }

    /**
     * @param parameters the proposal form's parameters, as {@link CharterFields#fromForm} reads them
     * @return the proposed space, or why it was refused
     */
    public ScriptResult propose(Map<String, ?> parameters)
    {
        return change("gov.crossagency.space.proposedMessage",
            () -> this.spaces.propose(actor(), CharterFields.fromForm(parameters)),
            space -> List.of(space.key()));
    }

    /**
     * @param key a proposed space
     * @param agencyKey the agency deciding
     * @param approved {@code true} to approve, anything else to decline
     * @param reason why it is declined
     * @return the space as decided, or why the decision was refused
     */
    public ScriptResult decide(String key, String agencyKey, String approved, String reason)
    {
        boolean approve = TRUE.equals(approved);
        return change(approve ? "gov.crossagency.space.approvedMessage" : "gov.crossagency.space.declinedMessage",
            () -> approve ? this.spaces.approve(actor(), Inputs.text(key), Inputs.text(agencyKey))
                : this.spaces.decline(actor(), Inputs.text(key), Inputs.text(agencyKey), reason),
            space -> List.of(space.key()));
    }

    /**
     * @param key a space
     * @return its pending charter amendment, if any
     */
    public ScriptResult getPendingAmendment(String key)
    {
        return read(() -> this.amendments.getPending(actor(), Inputs.text(key)));
    }

    /**
     * @param key an active space the caller stewards
     * @param agencyKey an agency to add, or blank
     * @param stewardId its first steward, when an agency is added
     * @param label a raised label, or blank
     * @return the amendment, or why it was refused
     */
    public ScriptResult proposeAmendment(String key, String agencyKey, String stewardId, String label)
    {
        return change("gov.crossagency.amendment.proposedMessage", () -> {
            Optional<String> agency = Inputs.optional(agencyKey);
            List<AddedAgency> added = agency.isPresent()
                ? List.of(new AddedAgency(agency.get(), Inputs.text(stewardId).strip())) : List.of();
            return this.amendments.propose(actor(), Inputs.text(key), added, Inputs.optional(label));
        }, amendment -> List.of(amendment.spaceKey()));
    }

    /**
     * @param key a space with a pending amendment
     * @param agencyKey an agency it asks, which the caller administers
     * @param approved {@code true} to approve, anything else to decline
     * @param reason why it declines
     * @return the amendment as decided, or why the decision was refused
     */
    public ScriptResult decideAmendment(String key, String agencyKey, String approved, String reason)
    {
        boolean approve = TRUE.equals(approved);
        return change(approve ? "gov.crossagency.amendment.approvedMessage"
            : "gov.crossagency.amendment.declinedMessage",
            () -> this.amendments.decide(actor(), Inputs.text(key), Inputs.text(agencyKey), approve, reason),
            amendment -> List.of(amendment.spaceKey()));
    }

    /**
     * @param key an active space
     * @param agencyKey an agency taking part in it, not its lead
     * @return the space without the agency, or why it was refused
     */
    public ScriptResult withdraw(String key, String agencyKey)
    {
        return change("gov.crossagency.space.withdrawnMessage",
            () -> this.spaces.withdraw(actor(), Inputs.text(key), Inputs.text(agencyKey)),
            space -> List.of(Inputs.text(agencyKey), space.key()));
    }

    /**
     * @param key an active space
     * @return the archived space, or why it was refused
     */
    public ScriptResult archive(String key)
    {
        return change("gov.crossagency.space.archivedMessage", () -> this.spaces.archive(actor(), Inputs.text(key)),
            space -> List.of(space.key()));
    }

    /**
     * @param key an archived space
     * @return the reopened space, or why it was refused
     */
    public ScriptResult reopen(String key)
    {
        return change("gov.crossagency.space.reopenedMessage", () -> this.spaces.reopen(actor(), Inputs.text(key)),
            space -> List.of(space.key()));
    }

    /**
     * @param key an open space
     * @return the caller's membership, or why it was refused
     */
    public ScriptResult join(String key)
    {
        return change("gov.crossagency.member.joinedMessage", () -> this.members.join(actor(), Inputs.text(key)),
            member -> List.of(member.spaceKey()));
    }

    /**
     * @param key a space by request
     * @param message why the caller would like to join
     * @return the caller's request, or why it was refused
     */
    public ScriptResult request(String key, String message)
    {
        return change("gov.crossagency.member.requestedMessage",
            () -> this.members.request(actor(), Inputs.text(key), message), member -> List.of(member.spaceKey()));
    }

    /**
     * @param key a space the caller stewards
     * @param userId who asked
     * @param approved {@code true} to approve, anything else to decline
     * @param reason why it is declined
     * @return the membership as decided, or why the decision was refused
     */
    public ScriptResult decideRequest(String key, String userId, String approved, String reason)
    {
        boolean approve = TRUE.equals(approved);
        return change(approve ? "gov.crossagency.member.approvedMessage" : "gov.crossagency.member.declinedMessage",
            () -> this.members.decideRequest(actor(), Inputs.text(key), Inputs.text(userId).strip(), approve,
                reason), member -> List.of(member.userId()));
    }

    /**
     * @param key a space
     * @param userId an active member to make a steward
     * @return their membership, or why it was refused
     */
    public ScriptResult appointSteward(String key, String userId)
    {
        return change("gov.crossagency.member.appointedMessage",
            () -> this.members.appointSteward(actor(), Inputs.text(key), Inputs.text(userId).strip()),
            member -> List.of(member.userId()));
    }

    /**
     * @param key a space the caller stewards
     * @param userId who to invite
     * @return the invitation, or why it was refused
     */
    public ScriptResult invite(String key, String userId)
    {
        return change("gov.crossagency.member.invitedMessage",
            () -> this.members.invite(actor(), Inputs.text(key), Inputs.text(userId).strip()),
            member -> List.of(member.userId()));
    }

    /**
     * @param key a space the caller stewards
     * @param userId who to sponsor as a guest
     * @param endDate the last day of their access, as an ISO date
     * @param access {@code READ} or {@code CONTRIBUTE}
     * @return the guest membership, or why it was refused
     */
    public ScriptResult sponsorGuest(String key, String userId, String endDate, String access)
    {
        return change("gov.crossagency.guest.sponsoredMessage",
            () -> this.members.sponsorGuest(actor(), Inputs.text(key), Inputs.text(userId).strip(),
                CharterFields.endDate(endDate).orElse(null), CharterFields.guestAccess(access)),
            member -> List.of(member.userId()));
    }

    /**
     * @param key a space the caller stewards
     * @param userId one of its guests
     * @param endDate the new last day of their access, as an ISO date
     * @return the renewed guest membership, or why it was refused
     */
    public ScriptResult renewGuest(String key, String userId, String endDate)
    {
        return change("gov.crossagency.guest.renewedMessage",
            () -> this.members.renewGuest(actor(), Inputs.text(key), Inputs.text(userId).strip(),
                CharterFields.endDate(endDate).orElse(null)), member -> List.of(member.userId()));
    }

    /**
     * @param key a space the caller is invited to
     * @param accepted {@code true} to accept, anything else to decline
     * @return the caller's membership as answered, or why it was refused
     */
    public ScriptResult answerInvitation(String key, String accepted)
    {
        boolean accept = TRUE.equals(accepted);
        return change(accept ? "gov.crossagency.member.joinedMessage" : "gov.crossagency.member.invitationDeclined",
            () -> this.members.answerInvitation(actor(), Inputs.text(key), accept),
            member -> List.of(member.spaceKey()));
    }

    /**
     * @param key a space the caller is in
     * @return the caller's ended membership, or why it was refused
     */
    public ScriptResult leave(String key)
    {
        return change("gov.crossagency.member.leftMessage", () -> this.members.leave(actor(), Inputs.text(key)),
            member -> List.of(member.spaceKey()));
    }

    /**
     * @param key a space the caller stewards
     * @param userId a member
     * @param reason why
     * @return the ended membership, or why it was refused
     */
    public ScriptResult remove(String key, String userId, String reason)
    {
        return change("gov.crossagency.member.removedMessage",
            () -> this.members.remove(actor(), Inputs.text(key), Inputs.text(userId).strip(), reason),
            member -> List.of(member.userId()));
    }

    /**
     * @param agencyKey an agency, or blank for every space
     * @return the report, or why it is refused
     */
    public ScriptResult getReport(String agencyKey)
    {
        return read(() -> this.reports.getReport(actor(), Inputs.optional(agencyKey)));
    }

    /**
     * @return the agencies whose report the caller may see, by key (empty for someone who may see none)
     */
    public List<String> getReportableAgencies()
    {
        try {
            return this.authorization.allowedAgencies(actor(), CrossAgencyOperations.VIEW_AGENCY_REPORT,
                this.agencies.listAgencies().stream().map(Agency::key).toList());
        } catch (GovException e) {
            return List.of();
        }
    }

    /**
     * @return whether the caller may see the report of every space (a government administrator)
     */
    public boolean mayReportOnEverySpace()
    {
        return allowed(CrossAgencyOperations.VIEW_AGENCY_REPORT, Optional.empty());
    }

    /**
     * @param agencyKey an agency
     * @return whether the caller may decide on proposals for that agency; for showing controls only, the service
     *     checks again
     */
    public boolean mayDecideFor(String agencyKey)
    {
        return allowed(CrossAgencyOperations.DECIDE_FOR_AGENCY, Inputs.optional(agencyKey));
    }

    /**
     * @return whether the caller may reopen archived spaces and archive or remove in any space (a government
     *     administrator); for showing controls only, the services check again
     */
    public boolean isGovernmentAdministrator()
    {
        return allowed(CrossAgencyOperations.REOPEN_SPACE, Optional.empty());
    }

    private boolean allowed(GovOperation operation, Optional<String> agencyKey)
    {
        try {
            return this.authorization.isAllowed(actor(), operation, agencyKey);
        } catch (GovException e) {
            return false;
        }
    }

    /**
     * @param parameters the directory form's parameters
     * @param offset where the page starts
     * @return the query string of the page at that offset with the same filters
     */
    public String getSearchQuery(Map<String, ?> parameters, int offset)
    {
        StringBuilder query = new StringBuilder("?offset=").append(Math.max(0, offset));
        for (String name : List.of("q", "agency", "label", "policy")) {
            String value = RequestParameters.first(parameters, name);
            if (!value.isEmpty()) {
                query.append('&').append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }
}
