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
package org.xwiki.contrib.gov.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.xwiki.contrib.gov.sandbox.internal.MovableClock;
import org.xwiki.contrib.gov.task.GovTask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cross-agency journey in headless Chromium: ada proposes a space with HEALTH and REVENUE gated by HEALTH's social
 * media policy (stewards hana and bob), their administrators approve it, alice joins, is gated, reads and
 * acknowledges the policy and is in, and writes a page; bob acknowledges too and edits it; hana cannot sponsor the
 * partner pat (no home agency: the gate could never open) and sponsors DIGITAL's ada as a reading guest, who sees the
 * stewards only, acknowledges, and reads the page until her end date passes.
 *
 * @version $Id$
 */
class CrossAgencyBrowserTest extends AbstractSandboxBrowserTest
{
    private static final String SPACE = "/crossagency/space?key=JOINT_DATA";

    @Test
    void adaProposesTheAdministratorsApproveAliceJoinsAcknowledgesWritesBobEditsAndAGuestExpires() throws Exception
    {
        this.browser.signIn("ada");
        this.browser.open("/crossagency/propose");
        this.browser.type("gov-propose-key", "JOINT_DATA");
        this.browser.type("gov-propose-nameEn", "Joint data team");
        this.browser.type("gov-propose-nameFr", "\u00c9quipe conjointe des donn\u00e9es");
        this.browser.type("gov-propose-purposeEn", "Share health and revenue data practices.");
        this.browser.type("gov-propose-purposeFr", "Partager les pratiques de donn\u00e9es.");
        this.browser.driver().findElement(By.cssSelector("input[name=agencies][value=HEALTH]")).click();
        this.browser.driver().findElement(By.cssSelector("input[name=agencies][value=REVENUE]")).click();
        new Select(this.browser.driver().findElement(By.id("gov-propose-lead"))).selectByValue("HEALTH");
        this.browser.type("gov-propose-stewards", "hana, bob");
        this.browser.type("gov-propose-guidelines", "SOCIAL_MEDIA");
        new Select(this.browser.driver().findElement(By.id("gov-propose-policy"))).selectByValue("OPEN");
        this.browser.submit("gov-propose-key");
        assertEquals("Joint data team Proposed", this.browser.driver().findElement(By.tagName("h1")).getText());
        this.browser.signOut();

        for (String[] administrator : new String[][] {{"omar", "HEALTH"}, {"nadia", "REVENUE"}}) {
            this.browser.signIn(administrator[0]);
            this.browser.open(SPACE);
            this.browser.click(By.cssSelector("form input[name=agency][value=" + administrator[1]
                + "] ~ button[name=approved][value=true]"));
            this.browser.signOut();
        }

        this.browser.signIn("alice");
        this.browser.open("/crossagency/spaces?q=joint");
        this.browser.click(By.linkText("Joint data team"));
        this.browser.click(By.cssSelector("input[name=action][value=join] ~ button"));
        assertEquals("You are in the space JOINT_DATA.", this.browser.message());
        this.browser.open(SPACE);
        assertTrue(this.browser.driver().getPageSource().contains("its content opens once you acknowledge"));
        acknowledgeTheGatingGuideline("Alice Martin");
        this.browser.open(SPACE);
        assertFalse(this.browser.driver().getPageSource().contains("its content opens once you acknowledge"),
            "acknowledging opens the space at once");
        this.browser.click(By.linkText("New page"));
        this.browser.type("gov-page-title", "Data sharing plan");
        this.browser.type("gov-page-content", "= Plan =\n\n* **Share** the data dictionary");
        this.browser.submit("gov-page-title");
        assertEquals("The page \"Data sharing plan\" is created.", this.browser.message());
        assertEquals("Share", this.browser.driver().findElement(By.cssSelector(".gov-wiki-content strong")).getText());
        this.browser.signOut();

        this.browser.signIn("bob");
        this.browser.open(SPACE);
        assertTrue(this.browser.driver().findElements(By.linkText("Data sharing plan")).isEmpty(),
            "stewards too read the guideline before the content");
        acknowledgeTheGatingGuideline("Bob Tremblay");
        this.browser.open(SPACE);
        this.browser.click(By.linkText("Data sharing plan"));
        this.browser.click(By.linkText("Edit"));
        this.browser.driver().findElement(By.id("gov-page-content")).sendKeys("\n* //Agree// on retention");
        this.browser.submit("gov-page-title");
        assertEquals("Version 2 is saved.", this.browser.message());
        assertEquals("Agree", this.browser.driver().findElement(By.cssSelector(".gov-wiki-content em")).getText());
        this.browser.open(SPACE);
        assertTrue(this.browser.driver().getPageSource().contains("Bob Tremblay saved the page"),
            "the space's latest activity");

        this.browser.signOut();

        this.browser.signIn("hana");
        this.browser.open(SPACE);
        sponsor("pat");
        assertEquals("pat has no home agency, so they cannot be asked to acknowledge the guidelines the space "
            + "JOINT_DATA lists before its content opens: only public servants can be its guests.",
            this.browser.message());
        sponsor("ada");
        assertEquals("ada is a guest until their end date.", this.browser.message());
        this.browser.signOut();

        this.browser.signIn("ada");
        this.browser.open(SPACE);
        String guestView = this.browser.driver().getPageSource();
        assertTrue(guestView.contains("You are a guest of this space."), guestView);
        assertFalse(guestView.contains("Alice Martin"), "a guest sees the stewards only");
        acknowledgeTheGatingGuideline("Ada Okafor");
        this.browser.open(SPACE);
        this.browser.click(By.linkText("Data sharing plan"));
        assertEquals("Agree", this.browser.driver().findElement(By.cssSelector(".gov-wiki-content em")).getText());
        assertTrue(this.browser.driver().findElements(By.linkText("Edit")).isEmpty(), "a reading guest reads only");
        String pageUrl = this.browser.driver().getCurrentUrl();

        ((MovableClock) this.sandbox.components().get(Clock.class)).moveForward(Duration.ofDays(31));
        this.sandbox.components().manager().<GovTask>getInstance(GovTask.class, "crossagency-sweep").run();
        this.browser.driver().get(pageUrl);
        assertTrue(this.browser.driver().getPageSource().contains("There is no such page."),
            "the guest's end date has passed: " + this.browser.driver().getPageSource());
        this.browser.open(SPACE);
        assertFalse(this.browser.driver().getPageSource().contains("You are a guest of this space."));
    }

    private void sponsor(String guest)
    {
        this.browser.type("gov-guest-user", guest);
        ((JavascriptExecutor) this.browser.driver()).executeScript(
            "document.getElementById('gov-guest-end').value = arguments[0]", LocalDate.now().plusDays(30).toString());
        this.browser.submit("gov-guest-user");
    }

    private void acknowledgeTheGatingGuideline(String signature)
    {
        this.browser.click(By.cssSelector(".gov-message a[href='/policy/read?guideline=SOCIAL_MEDIA']"));
        this.browser.driver().findElement(By.cssSelector("input[name=answer-0][value='1']")).click();
        this.browser.driver().findElement(By.name("attested")).click();
        this.browser.type("gov-signature", signature);
        this.browser.click(By.cssSelector("form.gov-form button[type=submit]"));
    }
}
