package org.xwiki.contrib.gov.sandbox;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The main policy journey in headless Chromium (Debian's chromium and chromium-driver, which {@code .ci/run}
 * installs): HR publishes a guideline, an employee acknowledges it, HR's dashboard counts it.
 *
 * @version $Id$
 */
class PolicyBrowserTest
{
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path data;

    @TempDir
    Path profile;

    private Sandbox sandbox;

    private WebDriver browser;

    @BeforeEach
    void start() throws Exception
    {
        assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
            "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
        this.sandbox = Sandbox.start(new SandboxOptions(SandboxOptions.Command.SERVE, 0, "localhost", this.data));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--lang=en-GB", "--user-data-dir=" + this.profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        this.browser = new ChromeDriver(service, options);
        this.browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterEach
    void stop()
    {
        if (this.browser != null) {
            this.browser.quit();
        }
        if (this.sandbox != null) {
            this.sandbox.close();
        }
    }

    private void open(String path)
    {
        this.browser.get(this.sandbox.uri().resolve(path).toString());
    }

    /**
     * Clicks or submits, then waits until the browser has replaced the page: a click only starts the navigation, and
     * opening another address before it ends would abort the request (a sign-in that never happened).
     */
    private void andWaitForTheNextPage(Runnable action)
    {
        WebElement page = this.browser.findElement(By.tagName("html"));
        action.run();
        new WebDriverWait(this.browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
        new WebDriverWait(this.browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
            By.tagName("footer")));
    }

    private void click(By element)
    {
        andWaitForTheNextPage(() -> this.browser.findElement(element).click());
    }

    private void submit(String fieldId)
    {
        andWaitForTheNextPage(() -> this.browser.findElement(By.id(fieldId)).submit());
    }

    private void signIn(String user)
    {
        open("/login");
        this.browser.findElement(By.id("gov-login-user")).sendKeys(user);
        this.browser.findElement(By.id("gov-login-password")).sendKeys("demo");
        click(By.cssSelector("form.gov-form button[type=submit]"));
        assertEquals(1, this.browser.findElements(By.cssSelector(".gov-user")).size(), user + " is not signed in");
    }

    private void signOut()
    {
        click(By.cssSelector(".gov-user button[type=submit]"));
        assertTrue(this.browser.findElements(By.cssSelector(".gov-user")).isEmpty(), "still signed in");
    }

    private void type(String id, String text)
    {
        WebElement field = this.browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private String message()
    {
        return this.browser.findElement(By.cssSelector(".gov-message")).getText();
    }

    @Test
    void hrPublishesAnEmployeeAcknowledgesAndTheDashboardShowsIt()
    {
        signIn("hana");
        open("/policy/manage");
        type("create-key", "CODE_OF_CONDUCT");
        new Select(this.browser.findElement(By.id("create-agency")))
            .selectByValue("HEALTH");
        type("create-titleEn", "Code of conduct");
        type("create-titleFr", "Code de conduite");
        type("create-bodyEn", "Serve the public with integrity.");
        type("create-bodyFr", "Servez le public avec intégrité.");
        type("create-attestationEn", "I will follow the code of conduct.");
        type("create-attestationFr", "Je suivrai le code de conduite.");
        type("create-passMark", "0");
        submit("create-passMark");
        assertEquals("Guideline CODE_OF_CONDUCT created.", message());

        open("/policy/manage?guideline=CODE_OF_CONDUCT");
        type("audience-agencies", "HEALTH");
        submit("audience-grace");
        assertEquals("Audience of CODE_OF_CONDUCT saved.", message());
        type("publish-label", "1.0");
        type("publish-summaryEn", "First version.");
        type("publish-summaryFr", "Première version.");
        ((JavascriptExecutor) this.browser).executeScript("document.getElementById('publish-due').value = arguments[0]",
            LocalDate.now().plusDays(21).toString());
        submit("publish-label");
        assertTrue(message().startsWith("Guideline CODE_OF_CONDUCT published as version 1: 30 people"), message());
        signOut();

        signIn("alice");
        open("/policy/mine");
        click(By.cssSelector("a[href='/policy/read?guideline=CODE_OF_CONDUCT']"));
        assertEquals("Code of conduct", this.browser.findElement(By.tagName("h1")).getText());
        this.browser.findElement(By.name("attested")).click();
        type("gov-signature", "Alice Martin");
        click(By.cssSelector("form.gov-form button[type=submit]"));
        assertEquals("Your acknowledgement of CODE_OF_CONDUCT is recorded.", message());
        signOut();

        signIn("hana");
        open("/policy/report?guideline=CODE_OF_CONDUCT");
        WebElement total = this.browser.findElement(By.cssSelector("table.gov-numbers tfoot tr"));
        assertEquals("Total 30 1 29 0 0 3.3 %", total.getText().replace('\u00a0', ' '));
    }
}
