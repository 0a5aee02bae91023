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
package org.xwiki.contrib.gov.sandbox.web;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title of a rendered page, for the browser's tab and history: the text of its first {@code <h1>}, the heading
 * every page template starts with.
 *
 * @version $Id$
 */
final class PageTitle
{
    private static final Pattern HEADING = Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.DOTALL);

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos);");

    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
        "apos", "'");

    private PageTitle()
    {
    }

    /**
     * @param html a page's content, its values escaped by the template
     * @return the plain text of its first level-one heading, entities decoded (the layout escapes it again), or
     *     empty when it has none
     */
    static Optional<String> of(String html)
    {
        Matcher heading = HEADING.matcher(html);
        if (!heading.find()) {
            return Optional.empty();
        }
        String text = TAG.matcher(heading.group(1)).replaceAll("");
        Matcher entity = ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String character = NAMED.get(name);
            if (character == null) {
                int codePoint = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                    : Integer.parseInt(name.substring(1));
                character = Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : "";
            }
            entity.appendReplacement(decoded, Matcher.quoteReplacement(character));
        }
        entity.appendTail(decoded);
        String title = decoded.toString().replaceAll("\\s+", " ").strip();
        return title.isEmpty() ? Optional.empty() : Optional.of(title);
    }
}
