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

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.xwiki.contrib.gov.wikitext.WikiPageLinks;
import org.xwiki.rendering.block.Block;
import org.xwiki.rendering.block.ImageBlock;
import org.xwiki.rendering.block.LinkBlock;
import org.xwiki.rendering.block.MacroBlock;
import org.xwiki.rendering.block.RawBlock;
import org.xwiki.rendering.block.VerbatimBlock;
import org.xwiki.rendering.block.WordBlock;
import org.xwiki.rendering.block.XDOM;
import org.xwiki.rendering.block.match.ClassBlockMatcher;
import org.xwiki.rendering.listener.reference.ResourceReference;
import org.xwiki.rendering.listener.reference.ResourceType;

/**
 * Rewrites a parsed text so that nothing in it runs or leaves the allowed places: a macro (never executed) is shown
 * as its source, raw content as text, a link keeps an http(s) URL or becomes the host's URL of the wiki page it names,
 * an image keeps an http(s) URL; any other link or image is replaced by its label.
 *
 * @version $Id$
 */
final class XdomSanitizer
{
    private static final Set<ResourceType> PAGE_TYPES = Set.of(ResourceType.DOCUMENT, ResourceType.PAGE,
        ResourceType.SPACE);

    private static final Pattern SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:");

    private XdomSanitizer()
    {
    }

    /**
     * @param xdom the parsed text, changed in place
     * @param links where links to wiki pages point
     */
    static void sanitize(XDOM xdom, WikiPageLinks links)
    {
        for (MacroBlock macro : descendants(xdom, MacroBlock.class)) {
            replace(macro, List.of(new VerbatimBlock(sourceOf(macro), macro.isInline())));
        }
        for (RawBlock raw : descendants(xdom, RawBlock.class)) {
            replace(raw, List.of(new VerbatimBlock(raw.getRawContent(), true)));
        }
        for (LinkBlock link : descendants(xdom, LinkBlock.class)) {
            replace(link, safeLink(link, links));
        }
        for (ImageBlock image : descendants(xdom, ImageBlock.class)) {
            replace(image, List.of(safeImage(image)));
        }
    }

    private static List<Block> safeLink(LinkBlock link, WikiPageLinks links)
    {
        ResourceReference reference = link.getReference();
        List<Block> label = link.getChildren();
        if (ResourceType.URL.equals(reference.getType()) && isWebUrl(reference.getReference())) {
            return List.of(new LinkBlock(label, new ResourceReference(reference.getReference(), ResourceType.URL),
                link.isFreeStandingURI()));
        }
        List<Block> text = label.isEmpty() ? List.of(new WordBlock(reference.getReference())) : List.copyOf(label);
        Optional<String> url = isPage(reference)
            ? links.urlOf(reference.getReference()).filter(XdomSanitizer::isWebOrLocalUrl) : Optional.empty();
        if (url.isEmpty()) {
            return text;
        }
        return List.of(new LinkBlock(text, new ResourceReference(url.get(), ResourceType.URL), false));
    }

    /**
     * Without a wiki model (outside XWiki) the parser reads an untyped reference as a URL: one without a scheme names
     * a page all the same.
     */
    private static boolean isPage(ResourceReference reference)
    {
        return PAGE_TYPES.contains(reference.getType()) || ResourceType.URL.equals(reference.getType())
            && !reference.isTyped() && !SCHEME.matcher(reference.getReference()).lookingAt();
    }

    private static Block safeImage(ImageBlock image)
    {
        ResourceReference reference = image.getReference();
        if (ResourceType.URL.equals(reference.getType()) && isWebUrl(reference.getReference())) {
            return new ImageBlock(new ResourceReference(reference.getReference(), ResourceType.URL),
                image.isFreeStandingURI(), image.getParameters());
        }
        String alt = image.getParameter("alt");
        return new WordBlock(alt == null || alt.isBlank() ? reference.getReference() : alt);
    }

    private static String sourceOf(MacroBlock macro)
    {
        StringBuilder source = new StringBuilder("{{").append(macro.getId());
        for (Map.Entry<String, String> parameter : macro.getParameters().entrySet()) {
            source.append(' ').append(parameter.getKey()).append("=\"").append(parameter.getValue()).append('"');
        }
        if (macro.getContent() == null) {
            return source.append("/}}").toString();
        }
        return source.append("}}").append(macro.getContent()).append("{{/").append(macro.getId()).append("}}")
            .toString();
    }

    private static boolean isWebUrl(String url)
    {
        String lower = url.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static boolean isWebOrLocalUrl(String url)
    {
        return isWebUrl(url) || url.startsWith("/") && !url.startsWith("//");
    }

    private static <T extends Block> List<T> descendants(XDOM xdom, Class<T> type)
    {
        return xdom.getBlocks(new ClassBlockMatcher(type), Block.Axes.DESCENDANT);
    }

    private static void replace(Block old, List<Block> replacement)
    {
        old.getParent().replaceChild(replacement, old);
    }
}
