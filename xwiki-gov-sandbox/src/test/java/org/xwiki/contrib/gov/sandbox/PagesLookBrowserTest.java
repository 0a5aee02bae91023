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

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every page, in English and French, at a desktop's and a phone's width, in headless Chromium: a whole-page
 * screenshot of each goes to {@code target/screenshots} for people to look at, and each is checked for a checkbox or
 * radio button apart from its label, a translation key or an ISO date shown as text, and (at the desktop's width)
 * serious or critical accessibility violations found by axe-core.
 *
 * @version $Id$
 */
class PagesLookBrowserTest extends AbstractSandboxBrowserTest
{
    private static final List<String> PAGES = List.of("/", "/policy/mine", "/policy/read?guideline=SOCIAL_MEDIA",
        "/policy/manage", "/policy/manage?guideline=SOCIAL_MEDIA", "/policy/report?guideline=SOCIAL_MEDIA",
        "/profiles/directory?q=data", "/profiles/profile?user=alice", "/profiles/edit", "/profiles/import",
        "/profiles/settings", "/crossagency/spaces", "/crossagency/mine", "/crossagency/space?key=DATA_COMMUNITY",
        "/crossagency/propose", "/crossagency/report", "/core/admin", "/outbox", "/no/such/page");

    private static final Dimension DESKTOP = new Dimension(1280, 900);

    private static final Dimension PHONE = new Dimension(390, 844);

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /**
     * What may be a translation key ({@code gov.policy.status.draft}: it is one when the translations hold it, a
     * setting's name such as {@code gov.mail.smtp.host} being fine to show) or is an ISO-8601 date shown to people.
     */
    private static final Pattern RAW_VALUE =
        Pattern.compile("\\bgov\\.[a-z]+\\.[a-zA-Z0-9.]*[a-zA-Z0-9]|\\b\\d{4}-\\d{2}-\\d{2}\\b");

    private final Set<String> translationKeys = new HashSet<>();

    /**
     * For each visible checkbox and radio button, its label's first words must sit on the same line, just after it
     * (or, for a label before it, just before it).
     */
    private static final String LABELS_APART = """
        const problems = [];
        for (const input of document.querySelectorAll('input[type=checkbox], input[type=radio]')) {
          if (input.offsetParent === null) continue;
          const label = input.closest('label') || (input.id && document.querySelector('label[for="' + CSS.escape(input.id) + '"]'));
          if (!label) { problems.push('no label for ' + input.name); continue; }
          const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT,
            { acceptNode: n => n.textContent.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT });
          const text = walker.nextNode();
          if (!text) { problems.push('empty label for ' + input.name); continue; }
          const range = document.createRange();
          range.selectNodeContents(text);
          const words = range.getClientRects()[0];
          const box = input.getBoundingClientRect();
          const sameLine = words.top < box.bottom + 4 && words.bottom > box.top - 4;
          const near = (words.left - box.right >= -2 && words.left - box.right < 40)
            || (box.left - words.right >= -2 && box.left - words.right < 40);
          if (!sameLine || !near) problems.push('"' + text.textContent.trim().slice(0, 40) + '" apart from ' + input.name);
        }
        return problems;
        """;

    private static final String AXE_RUN = """
        const done = arguments[arguments.length - 1];
        axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
          .then(result => done(result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => v.id + ' on ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
          .catch(error => done(['axe failed: ' + error]));
        """;

    @Test
    void everyPageLooksFinishedInBothLanguagesOnADesktopAndAPhone() throws Exception
    {
        Files.createDirectories(SCREENSHOTS);
        Enumeration<URL> translations = getClass().getClassLoader().getResources("ApplicationResources.properties");
        while (translations.hasMoreElements()) {
            Properties keys = new Properties();
            try (InputStream in = translations.nextElement().openStream()) {
                keys.load(in);
            }
            this.translationKeys.addAll(keys.stringPropertyNames());
        }
        String axe = new String(getClass().getClassLoader().getResourceAsStream("axe.min.js").readAllBytes(),
            StandardCharsets.UTF_8);
        JavascriptExecutor script = (JavascriptExecutor) this.browser.driver();
        this.browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        List<String> problems = new ArrayList<>();

        this.browser.driver().manage().window().setSize(DESKTOP);
        this.browser.open("/login");
        check("/login", "en", "desktop", axe, problems);
        this.browser.signIn("gov");
        for (String language : List.of("en", "fr")) {
            this.browser.open("/?language=" + language);
            for (Dimension size : List.of(DESKTOP, PHONE)) {
                this.browser.driver().manage().window().setSize(size);
                String width = size == DESKTOP ? "desktop" : "phone";
                for (String page : PAGES) {
                    this.browser.open(page);
                    check(page, language, width, size == DESKTOP ? axe : null, problems);
                }
            }
        }

        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    private void check(String page, String language, String width, String axe, List<String> problems)
        throws IOException
    {
        String where = page + " (" + language + ", " + width + "): ";
        JavascriptExecutor script = (JavascriptExecutor) this.browser.driver();
        // The whole page in one picture, straight from Chromium (a JPEG: a PNG of a long page takes longer to encode).
        Map<String, Object> screenshot = ((HasCdp) this.browser.driver()).executeCdpCommand("Page.captureScreenshot",
            Map.of("format", "jpeg", "quality", 80, "captureBeyondViewport", true));
        Files.write(SCREENSHOTS.resolve(language + '-' + width + page.replaceAll("[^a-zA-Z0-9]+", "-") + ".jpg"),
            Base64.getDecoder().decode((String) screenshot.get("data")));
        for (Object problem : (List<?>) script.executeScript(LABELS_APART)) {
            problems.add(where + problem);
        }
        Matcher raw = RAW_VALUE.matcher(String.valueOf(script.executeScript("return document.body.innerText")));
        while (raw.find()) {
            if (!raw.group().startsWith("gov.") || this.translationKeys.contains(raw.group())) {
                problems.add(where + "shows " + raw.group());
            }
        }
        if (axe != null) {
            script.executeScript(axe);
            for (Object violation : (List<?>) script.executeAsyncScript(AXE_RUN)) {
                problems.add(where + violation);
            }
        }
    }
}
