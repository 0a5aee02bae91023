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
    @Test
    void hrPublishesAnEmployeeAcknowledgesAndTheDashboardShowsIt()
    {
        this.browser.signIn("hana");
        this.browser.open("/policy/manage");
        this.browser.type("create-key", "CODE_OF_CONDUCT");
        new Select(this.browser.driver().findElement(By.id("create-agency"))).selectByValue("HEALTH");
        this.browser.type("create-titleEn", "Code of conduct");
        this.browser.type("create-titleFr", "Code de conduite");
        this.browser.type("create-bodyEn", "Serve the public with integrity.");
        this.browser.type("create-bodyFr", "Servez le public avec intégrité.");
        this.browser.type("create-attestationEn", "I will follow the code of conduct.");
        this.browser.type("create-attestationFr", "Je suivrai le code de conduite.");
        this.browser.type("create-passMark", "0");
        this.browser.submit("create-passMark");
        assertEquals("Guideline CODE_OF_CONDUCT created.", this.browser.message());

        this.browser.open("/policy/manage?guideline=CODE_OF_CONDUCT");
        this.browser.type("audience-agencies", "HEALTH");
        this.browser.submit("audience-grace");
        assertEquals("Audience of CODE_OF_CONDUCT saved.", this.browser.message());
        this.browser.type("publish-label", "1.0");
        this.browser.type("publish-summaryEn", "First version.");
        this.browser.type("publish-summaryFr", "Première version.");
        ((JavascriptExecutor) this.browser.driver()).executeScript(
            "document.getElementById('publish-due').value = arguments[0]", LocalDate.now().plusDays(21).toString());
        this.browser.submit("publish-label");
        String published = this.browser.message();
        assertTrue(published.startsWith("Guideline CODE_OF_CONDUCT published as version 1: 31 people"), published);
        this.browser.signOut();

        this.browser.signIn("alice");
        this.browser.open("/policy/mine");
        this.browser.click(By.cssSelector("a[href='/policy/read?guideline=CODE_OF_CONDUCT']"));
        assertEquals("Code of conduct", this.browser.driver().findElement(By.tagName("h1")).getText());
        this.browser.driver().findElement(By.name("attested")).click();
        this.browser.type("gov-signature", "Alice Martin");
        this.browser.click(By.cssSelector("form.gov-form button[type=submit]"));
        assertEquals("Your acknowledgement of CODE_OF_CONDUCT is recorded.", this.browser.message());
        this.browser.signOut();

        this.browser.signIn("hana");
        this.browser.open("/policy/report?guideline=CODE_OF_CONDUCT");
        WebElement total = this.browser.driver().findElement(By.cssSelector("table.gov-numbers tfoot tr"));
        assertEquals("Total 31 1 30 0 0 3.2 %", total.getText().replace('\u00a0', ' '));
    }
}
