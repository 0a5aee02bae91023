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
package org.xwiki.contrib.gov.wikitext.internal;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xwiki.component.embed.EmbeddableComponentManager;
import org.xwiki.contrib.gov.wikitext.WikiPageLinks;
import org.xwiki.contrib.gov.wikitext.WikiTextRenderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The renderer with XWiki's real parser and XHTML renderer: what XWiki 2.1 text becomes, and that nothing of an
 * injection corpus gets out as markup, attribute or link.
 *
 * @version $Id$
 */
class DefaultWikiTextRendererTest
{
    private static final Set<String> TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table",
        "tbody", "tr", "th", "td", "a", "img", "strong", "em", "del", "ins", "sup", "sub", "tt", "pre", "code", "br",
        "hr", "span", "div", "blockquote", "dl", "dt", "dd");

    private static final Set<String> ATTRIBUTES = Set.of("href", "src", "alt", "title", "class", "id", "scope");

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z0-9]+)([^>]*)>");

    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([a-zA-Z:-]+)=\"([^\"]*)\"");

    private static final WikiPageLinks LINKS =
        reference -> Optional.of("/crossagency/page?space=S&name=" + reference.replace(' ', '+'));

    private static EmbeddableComponentManager components;

    private static WikiTextRenderer renderer;

    @BeforeAll
    static void components() throws Exception
    {
        components = new EmbeddableComponentManager();
        components.initialize(DefaultWikiTextRendererTest.class.getClassLoader());
        renderer = components.getInstance(WikiTextRenderer.class);
    }

    @AfterAll
    static void dispose()
    {
        components.dispose();
    }

    @Test
    void rendersHeadingsListsTablesAndFormatting() throws Exception
    {
        String html = renderer.toXhtml("= Title =\n\n* one\n* **two**\n\n|=A|=B\n|//c//|d", WikiPageLinks.NONE);

        assertTrue(html.contains("<h1"), html);
        assertTrue(html.contains("<span>Title</span></h1>"), html);
        assertTrue(html.contains("<ul><li>one</li><li><strong>two</strong></li></ul>"), html);
        assertTrue(html.contains("<th scope=\"col\">A</th>"), html);
        assertTrue(html.contains("<td><em>c</em></td>"), html);
        assertSafe(html);
    }

    @Test
    void keepsWebLinksAndPointsPageLinksWhereTheHostSays() throws Exception
    {
        String html = renderer.toXhtml("[[Canada>>https://canada.ca]] and [[Meeting notes]]", LINKS);

        assertTrue(html.contains("href=\"https://canada.ca\""), html);
        assertTrue(html.contains(">Canada<"), html);
        assertTrue(html.contains("href=\"/crossagency/page?space=S&amp;name=Meeting+notes\""), html);
        assertTrue(html.contains(">Meeting notes<"), html);
        assertSafe(html);
    }

    @Test
    void showsThePageLinksLabelAsTextWhenTheHostHasNoPages() throws Exception
    {
        String html = renderer.toXhtml("See [[the notes>>Notes]].", WikiPageLinks.NONE);

        assertEquals("<p>See the notes.</p>", html);
    }

    @Test
    void showsMacrosAsTheirSourceWithoutRunningThem() throws Exception
    {
        String html = renderer.toXhtml("{{groovy}}println 'ran'{{/groovy}}", WikiPageLinks.NONE);

        assertEquals("<pre>&#123;&#123;groovy}}println 'ran'&#123;&#123;/groovy}}</pre>", html);
        assertSafe(html);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "{{html}}<script>alert(1)</script>{{/html}}",
        "{{/html}}{{groovy}}println 1{{/groovy}}",
        "{{velocity}}$xwiki.getUser(){{/velocity}}",
        "{{html clean=\"false\"}}<img src=x onerror=alert(1)>{{/html}}",
        "(% style=\"background:url(javascript:alert(1))\" onclick=\"alert(1)\" %)styled",
        "(% class=\"x\" onmouseover=\"alert(1)\" %)\n|cell|",
        "(% onclick=\"alert(1)\" %)**bold**(%%)",
        "[[click>>javascript:alert(1)]]",
        "[[click>>url:javascript:alert(1)]]",
        "[[click>>url:data:text/html;base64,PHNjcmlwdD4=]]",
        "[[click>>mailto:a@b.c]]",
        "[[click>>path:/etc/passwd]]",
        "[[click>>unc:\\\\server\\share]]",
        "[[click>>https://example.org||onclick=\"alert(1)\" style=\"x\"]]",
        "[[image:javascript:alert(1)]]",
        "[[image:url:javascript:alert(1)||onerror=\"alert(1)\"]]",
        "[[image:https://example.org/a.png||onerror=\"alert(1)\" alt=\"a\\\"b\"]]",
        "[[image:data:image/png;base64,AAAA]]",
        "[[\"><script>alert(1)</script>>>https://example.org]]",
        "{{{<script>alert(1)</script>}}}",
        "= (% onclick=\"alert(1)\" %)Heading =",
        "[[label>>doc:Page||queryString=\"a=<script>\" anchor=\"\\\"><script>\"]]",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "{{include reference=\"XWiki.XWikiPreferences\"/}}",
        "{{id name=\"x\\\" onclick=\\\"alert(1)\"/}}"
    })
    void letsNothingOfTheInjectionCorpusOut(String source) throws Exception
    {
        assertSafe(renderer.toXhtml(source, LINKS));
        assertSafe(renderer.toXhtml(source, WikiPageLinks.NONE));
    }

    @Test
    void refusesHostLinksThatAreNeitherWebNorLocal() throws Exception
    {
        String html = renderer.toXhtml("[[Page]]", reference -> Optional.of("javascript:alert(1)"));

        assertEquals("<p>Page</p>", html);
    }

    private static void assertSafe(String html)
    {
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            assertTrue(TAGS.contains(tag.group(2).toLowerCase()), () -> "tag " + tag.group() + " in " + html);
            Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
            String rest = ATTRIBUTE.matcher(tag.group(3)).replaceAll("").replace("/", "").trim();
            assertEquals("", rest, () -> "unparsed attributes in " + tag.group() + " of " + html);
            while (attribute.find()) {
                String name = attribute.group(1).toLowerCase();
                assertTrue(ATTRIBUTES.contains(name), () -> "attribute " + name + " in " + html);
                if ("href".equals(name) || "src".equals(name)) {
                    String url = attribute.group(2);
                    assertTrue(url.startsWith("https://") || url.startsWith("http://")
                        || url.startsWith("/") && !url.startsWith("//"), () -> "URL " + url + " in " + html);
                }
            }
        }
    }
}
