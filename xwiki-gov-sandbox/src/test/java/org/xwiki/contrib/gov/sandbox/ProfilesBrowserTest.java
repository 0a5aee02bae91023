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

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The main profiles journey in headless Chromium: a person adds a skill to their profile, someone from another agency
 * finds them by that skill (with a typo), opens the profile and endorses the skill.
 *
 * @version $Id$
 */
class ProfilesBrowserTest extends AbstractSandboxBrowserTest
{
    @Test
    void aPersonAddsASkillAndSomeoneFromAnotherAgencyFindsThemByIt()
    {
        this.browser.signIn("alice");
        this.browser.open("/profiles/profile");
        this.browser.click(By.linkText("Edit my profile"));
        WebElement skills = this.browser.driver().findElement(By.id("gov-skills"));
        String current = skills.getAttribute("value");
        this.browser.type("gov-skills", current + ", Wastewater surveillance");
        new Select(this.browser.driver().findElement(By.id("gov-visibility-SKILLS"))).selectByValue("GOVERNMENT");
        this.browser.andWaitForTheNextPage(() -> skills.submit());
        assertEquals("Your profile is saved.", this.browser.message());
        this.browser.signOut();

        this.browser.signIn("bob");
        this.browser.open("/profiles/directory");
        this.browser.type("gov-q", "wastewater survellance");
        this.browser.submit("gov-q");
        List<WebElement> hits = this.browser.driver().findElements(By.cssSelector("ol.gov-hits li"));
        assertEquals(1, hits.size(), this.browser.driver().getPageSource());
        assertTrue(hits.get(0).getText().startsWith("Alice Martin"), hits.get(0).getText());
        assertTrue(hits.get(0).getText().contains("matched on: skill"), hits.get(0).getText());

        this.browser.click(By.linkText("Alice Martin"));
        this.browser.click(By.xpath("//button[text()='Endorse wastewater surveillance']"));
        assertEquals("You endorsed \"wastewater surveillance\".", this.browser.message());
        String endorsed = this.browser.driver().findElement(By.cssSelector("ul.gov-skills")).getText();
        assertTrue(endorsed.contains("wastewater surveillance\n1 endorsement"), endorsed);
    }
}
