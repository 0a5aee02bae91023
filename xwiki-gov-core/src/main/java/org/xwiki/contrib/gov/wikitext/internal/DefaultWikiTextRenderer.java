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

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.wikitext.WikiPageLinks;
import org.xwiki.contrib.gov.wikitext.WikiTextRenderer;
import org.xwiki.rendering.block.XDOM;
import org.xwiki.rendering.renderer.PrintRendererFactory;
import org.xwiki.rendering.renderer.printer.DefaultWikiPrinter;
import org.xwiki.rendering.renderer.printer.WikiPrinter;

/**
 * Parses safely ({@link SafeXdomParser}), runs no transformation (so no macro executes) and renders the result with
 * XWiki's XHTML 1.0 renderer.
 *
 * @version $Id$
 */
@Component
@Singleton
public class DefaultWikiTextRenderer implements WikiTextRenderer
{
    @Inject
    private SafeXdomParser parser;

    @Inject
    @Named("xhtml/1.0")
    private PrintRendererFactory rendererFactory;

    @Override
    public String toXhtml(String source, WikiPageLinks links) throws GovException
    {
        XDOM xdom = this.parser.parse(source, links);
        WikiPrinter printer = new DefaultWikiPrinter();
        xdom.traverse(ParameterFreeListener.wrap(this.rendererFactory.createRenderer(printer)));
        return printer.toString();
    }
}
