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

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The main policy journey in headless Chromium: HR publishes a guideline, an employee acknowledges it, HR's dashboard
 * counts it.
 *
 * @version $Id$
 */
class PolicyBrowserTest extends AbstractSandboxBrowserTest
{
    private static final String ENGLISH = "= Integrity =\n\nServe the public with integrity.\n\n= Gifts =\n\n"
        + "* Decline gifts.\n* Declare hospitality.\n\n|=Value|=What to do\n|Under 50 dollars|Declare it";

    private static final String FRENCH = "= Intégrité =\n\nServez le public avec intégrité.\n\n= Cadeaux =\n\n"
        + "* Refusez les cadeaux.\n* Déclarez l'hospitalité.\n\n|=Valeur|=Que faire\n"
        + "|Moins de 50 dollars|Déclarez-le";

    @Test
    void hrPublishesAnEmployeeAcknowledgesAndTheDashboardShowsIt()
    {
        this.browser.signIn("hana");
        this.browser.open("/policy/manage");
        this.browser.type("create-key", "CODE_OF_CONDUCT");
        new Select(this.browser.driver().findElement(By.id("create-agency"))).selectByValue("HEALTH");
        this.browser.type("create-titleEn", "Code of conduct");
        this.browser.type("create-titleFr", "Code de conduite");
        this.browser.type("create-bodyEn", ENGLISH);
        this.browser.type("create-bodyFr", FRENCH);
        this.browser.type("create-attestationEn", "I will follow the code of conduct.");
        this.browser.type("create-attestationFr", "Je suivrai le code de conduite.");
        this.browser.type("create-passMark", "0");
        this.browser.submit("create-passMark");
        assertEquals("Guideline CODE_OF_CONDUCT created.", this.browser.message());

        this.browser.open("/policy/manage?guideline=CODE_OF_CONDUCT");
        this.browser.type("audience-agencies", "HEALTH");
        this.browser.submit("audience-grace");
        assertEquals("Audience of CODE_OF_CONDUCT saved.", this.browser.message());
        publish("1.0", "First version.", "Première version.");
        String published = this.browser.message();
        assertTrue(published.startsWith("Guideline CODE_OF_CONDUCT published as version 1: 31 people"), published);
        this.browser.signOut();

        this.browser.signIn("alice");
        this.browser.open("/policy/mine");
        this.browser.click(By.cssSelector("a[href='/policy/read?guideline=CODE_OF_CONDUCT']"));
        assertEquals("Code of conduct", this.browser.driver().findElement(By.tagName("h1")).getText());
        assertEquals(List.of("Integrity", "Gifts"), texts("article.gov-text h1"));
        assertEquals(List.of("Decline gifts.", "Declare hospitality."), texts("article.gov-text li"));
        assertEquals(List.of("Value", "What to do"), texts("article.gov-text th"));
        this.browser.driver().findElement(By.name("attested")).click();
        this.browser.type("gov-signature", "Alice Martin");
        this.browser.click(By.cssSelector("form.gov-form button[type=submit]"));
        assertEquals("Your acknowledgement of CODE_OF_CONDUCT is recorded.", this.browser.message());
        this.browser.signOut();

        this.browser.signIn("hana");
        this.browser.open("/policy/report?guideline=CODE_OF_CONDUCT");
        WebElement total = this.browser.driver().findElement(By.cssSelector("table.gov-numbers tfoot tr"));
        assertEquals("Total 31 1 30 0 0 3.2%", total.getText());

        this.browser.open("/policy/manage?guideline=CODE_OF_CONDUCT");
        this.browser.driver().findElement(By.id("draft-bodyEn")).clear();
        this.browser.type("draft-bodyEn", ENGLISH.replace("Decline gifts.", "Decline every gift."));
        this.browser.driver().findElement(By.id("draft-bodyFr")).clear();
        this.browser.type("draft-bodyFr", FRENCH.replace("Refusez les cadeaux.", "Refusez tout cadeau."));
        this.browser.submit("draft-passMark");
        assertEquals("Draft of CODE_OF_CONDUCT saved.", this.browser.message());
        assertEquals(List.of("Changed Gifts"), texts(".gov-draft-changes li"), "HR sees the change before publishing");
        publish("2.0", "No gift at all.", "Aucun cadeau.");
        assertTrue(this.browser.message().startsWith("Guideline CODE_OF_CONDUCT published as version 2"));
        this.browser.signOut();

        this.browser.signIn("alice");
        this.browser.open("/policy/read?guideline=CODE_OF_CONDUCT");
        assertEquals(List.of("Changed Gifts"), texts(".gov-change h3"), "exactly the section that changed");
        assertEquals(List.of("gifts."), texts(".gov-change del"));
        assertEquals(List.of("every gift."), texts(".gov-change ins"));
        this.browser.open("/policy/read?guideline=CODE_OF_CONDUCT&read=fr");
        assertEquals(List.of("tout cadeau."), texts(".gov-change ins"));
    }

    /** Publishes the draft as a major version due in three weeks, confirming that both languages say the same. */
    private void publish(String label, String summaryEn, String summaryFr)
    {
        this.browser.type("publish-label", label);
        this.browser.type("publish-summaryEn", summaryEn);
        this.browser.type("publish-summaryFr", summaryFr);
        ((JavascriptExecutor) this.browser.driver()).executeScript(
            "document.getElementById('publish-due').value = arguments[0]", LocalDate.now().plusDays(21).toString());
        this.browser.driver().findElement(By.name("languagesEquivalent")).click();
        this.browser.submit("publish-label");
    }

    private List<String> texts(String selector)
    {
        return this.browser.driver().findElements(By.cssSelector(selector)).stream().map(WebElement::getText)
            .toList();
    }
}
