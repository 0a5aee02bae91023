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

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Headless Chromium (Debian's chromium and chromium-driver, which {@code .ci/run} installs) driving a sandbox: every
 * click or submit waits for the next page, so that the next step never aborts the request still under way.
 *
 * @version $Id$
 */
final class SandboxBrowser implements AutoCloseable
{
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final URI base;

    private final WebDriver driver;

    /**
     * @param base the sandbox's address
     * @param profile an empty folder for the browser's profile
     */
    SandboxBrowser(URI base, Path profile)
    {
        this.base = base;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--lang=en-GB", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /**
     * @return whether Debian's chromium and chromium-driver are installed
     */
    static boolean isAvailable()
    {
        return Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
    }

    WebDriver driver()
    {
        return this.driver;
    }

    void open(String path)
    {
        this.driver.get(this.base.resolve(path).toString());
    }

    /**
     * Clicks or submits, then waits until the browser has replaced the page: a click only starts the navigation, and
     * opening another address before it ends would abort the request (a sign-in that never happened). While the
     * documents change over, Chromium may answer a question about the old page with an "unhandled inspector error"
     * (the node no longer belongs to the document) instead of calling it stale: the wait asks again.
     */
    void andWaitForTheNextPage(Runnable action)
    {
        WebElement page = this.driver.findElement(By.tagName("html"));
        action.run();
        new WebDriverWait(this.driver, WAIT).ignoring(WebDriverException.class)
            .until(ExpectedConditions.stalenessOf(page));
        new WebDriverWait(this.driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
    }

    void click(By element)
    {
        andWaitForTheNextPage(() -> this.driver.findElement(element).click());
    }

    void submit(String fieldId)
    {
        andWaitForTheNextPage(() -> this.driver.findElement(By.id(fieldId)).submit());
    }

    void signIn(String user)
    {
        open("/login");
        this.driver.findElement(By.id("gov-login-user")).sendKeys(user);
        this.driver.findElement(By.id("gov-login-password")).sendKeys("demo");
        click(By.cssSelector("form.gov-form button[type=submit]"));
        assertEquals(1, this.driver.findElements(By.cssSelector(".gov-user")).size(), user + " is not signed in");
    }

    void signOut()
    {
        click(By.cssSelector(".gov-user button[type=submit]"));
        assertTrue(this.driver.findElements(By.cssSelector(".gov-user")).isEmpty(), "still signed in");
    }

    void type(String id, String text)
    {
        WebElement field = this.driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    String message()
    {
        return this.driver.findElement(By.cssSelector(".gov-message")).getText();
    }

    @Override
    public void close()
    {
        this.driver.quit();
    }
}
