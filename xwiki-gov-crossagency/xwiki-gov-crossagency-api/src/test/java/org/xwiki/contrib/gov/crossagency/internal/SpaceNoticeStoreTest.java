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

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.crossagency.MembershipPolicy;
import org.xwiki.contrib.gov.notification.Notification;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipService;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.task.GovTask;
import org.xwiki.contrib.gov.test.GovWorld;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The mails of cross-agency changes on H2 and PostgreSQL: queued in the change's transaction, sent once by the
 * background task, kept for the next run when the mail server fails.
 *
 * @version $Id$
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class SpaceNoticeStoreTest extends AbstractSpaceStoreTest
{
    @Test
    void eachChangeTellsThePeopleConcernedOnce() throws Exception
    {
        this.spaces.propose(ALICE, charter("TOLD", MembershipPolicy.REQUEST, UNCLASSIFIED));
        this.kernel.notifier().setFailing(true);
        send();
        this.kernel.notifier().setFailing(false);
        send();
        send();
        assertEquals(List.of("omar approvalNeeded"), mails(), "HEALTH's administrator, once the server is back");
        Notification approval = this.kernel.notifier().sent().get(0);
        assertEquals(List.of("Space TOLD", "Espace TOLD", "TOLD", this.kernel.directory().getDisplayName("alice")
            .orElse("alice")), approval.parameters(), "the proposer by name");

        this.spaces.approve(Actor.system(), "TOLD", GovWorld.OWN);
        this.spaces.approve(Actor.system(), "TOLD", GovWorld.OTHER);
        this.members.request(HANA, "TOLD", "I would like to help.");
        this.members.decideRequest(BOB, "TOLD", "hana", false, "Not now.");
        send();
        assertEquals(List.of("alice spaceOpened", "bob spaceOpened", "alice requestToJoin", "bob requestToJoin",
            "hana requestDeclined"), mails().subList(1, 6));

        active("MOVED", MembershipPolicy.OPEN);
        this.members.join(HANA, "MOVED");
        this.kernel.get(MembershipService.class).assign(Actor.system(),
            new Membership("hana", GovWorld.THIRD, Optional.empty()));
        this.kernel.notifier().clear();
        send();
        assertEquals(List.of("omar approvalNeeded", "alice spaceOpened", "bob spaceOpened",
            "alice suspended.agencyLeft", "bob suspended.agencyLeft"), mails());
    }

    private void send() throws Exception
    {
        this.kernel.<GovTask>get(GovTask.class, "crossagency-notices").run();
    }

    private List<String> mails()
    {
        return this.kernel.notifier().sent().stream().map(sent -> sent.recipientId() + ' '
            + sent.subjectKey().replace("gov.crossagency.mail.", "").replace(".subject", "")).toList();
    }
}
