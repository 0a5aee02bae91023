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

import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.wikitext.WikiPageLinks;
import org.xwiki.contrib.gov.wikitext.WikiTextSection;
import org.xwiki.contrib.gov.wikitext.WikiTextSections;
import org.xwiki.rendering.block.Block;
import org.xwiki.rendering.block.HeaderBlock;
import org.xwiki.rendering.block.SectionBlock;
import org.xwiki.rendering.renderer.BlockRenderer;
import org.xwiki.rendering.renderer.printer.DefaultWikiPrinter;
import org.xwiki.rendering.renderer.printer.WikiPrinter;

/**
 * Walks the sections XWiki's parser builds from headings and writes each one's own blocks back with XWiki's XWiki 2.1
 * and plain text renderers. Links to wiki pages count as their label: a section's text does not depend on the host.
 *
 * @version $Id$
 */
@Component
@Singleton
public class DefaultWikiTextSections implements WikiTextSections
{
    @Inject
    private SafeXdomParser parser;

    @Inject
    @Named("xwiki/2.1")
    private BlockRenderer wikiRenderer;

    @Inject
    @Named("plain/1.0")
    private BlockRenderer plainRenderer;

    @Override
    public List<WikiTextSection> split(String source) throws GovException
    {
        List<WikiTextSection> sections = new ArrayList<>();
        collect(this.parser.parse(source, WikiPageLinks.NONE).getChildren(), 0, "", sections);
        return sections;
    }

    private void collect(List<Block> blocks, int level, String heading, List<WikiTextSection> sections)
    {
        List<Block> own = new ArrayList<>();
        List<SectionBlock> subSections = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof SectionBlock section) {
                subSections.add(section);
            } else if (!(block instanceof HeaderBlock)) {
                own.add(block);
            }
        }
        if (level > 0 || !own.isEmpty()) {
            sections.add(new WikiTextSection(level, heading, render(this.wikiRenderer, own),
                render(this.plainRenderer, own)));
        }
        for (SectionBlock section : subSections) {
            HeaderBlock header = section.getHeaderBlock();
            collect(section.getChildren(), header.getLevel().getAsInt(),
                render(this.plainRenderer, header.getChildren()), sections);
        }
    }

    private static String render(BlockRenderer renderer, List<Block> blocks)
    {
        WikiPrinter printer = new DefaultWikiPrinter();
        renderer.render(blocks, printer);
        return printer.toString().strip();
    }
}
