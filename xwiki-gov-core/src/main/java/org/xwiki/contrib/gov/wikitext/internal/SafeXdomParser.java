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

import java.io.StringReader;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.wikitext.WikiPageLinks;
import org.xwiki.rendering.block.XDOM;
import org.xwiki.rendering.parser.ParseException;
import org.xwiki.rendering.parser.Parser;

/**
 * Parses XWiki 2.1 text with XWiki's parser and makes the result safe ({@link XdomSanitizer}): what the renderer
 * shows and the sections are cut from.
 *
 * @version $Id$
 */
@Component(roles = SafeXdomParser.class)
@Singleton
public class SafeXdomParser
{
    @Inject
    @Named("xwiki/2.1")
    private Parser parser;

    /**
     * @param source the text in XWiki 2.1 syntax
     * @param links where links to wiki pages point
     * @return the parsed text, without anything that could run or leave the allowed places
     * @throws GovException when the text cannot be parsed
     */
    public XDOM parse(String source, WikiPageLinks links) throws GovException
    {
        XDOM xdom;
        try {
            xdom = this.parser.parse(new StringReader(source));
        } catch (ParseException e) {
            throw new GovException(e, "gov.core.error.wikiText");
        }
        XdomSanitizer.sanitize(xdom, links);
        return xdom;
    }
}
