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
import org.xwiki.contrib.gov.wikitext.WikiTextRenderer;
import org.xwiki.rendering.block.XDOM;
import org.xwiki.rendering.parser.ParseException;
import org.xwiki.rendering.parser.Parser;
import org.xwiki.rendering.renderer.PrintRendererFactory;
import org.xwiki.rendering.renderer.printer.DefaultWikiPrinter;
import org.xwiki.rendering.renderer.printer.WikiPrinter;

/**
 * Parses with XWiki's xwiki/2.1 parser, runs no transformation (so no macro executes), makes the result safe and
 * renders it with XWiki's XHTML 1.0 renderer.
 *
 * @version $Id$
 */
@Component
@Singleton
public class DefaultWikiTextRenderer implements WikiTextRenderer
{
    @Inject
    @Named("xwiki/2.1")
    private Parser parser;

    @Inject
    @Named("xhtml/1.0")
    private PrintRendererFactory rendererFactory;

    @Override
    public String toXhtml(String source, WikiPageLinks links) throws GovException
    {
        XDOM xdom;
        try {
            xdom = this.parser.parse(new StringReader(source));
        } catch (ParseException e) {
            throw new GovException(e, "gov.core.error.wikiText");
        }
        XdomSanitizer.sanitize(xdom, links);
        WikiPrinter printer = new DefaultWikiPrinter();
        xdom.traverse(ParameterFreeListener.wrap(this.rendererFactory.createRenderer(printer)));
        return printer.toString();
    }
}
