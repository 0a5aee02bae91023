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
package org.xwiki.contrib.gov.policy;

/**
 * The syntax a guideline's body is written in.
 *
 * @version $Id$
 * @since 1.0
 */
public enum BodySyntax
{
    /** XWiki 2.1: headings, lists, tables, links, bold and italic; what new texts are written in. */
    XWIKI_21("xwiki/2.1"),

    /** Plain text, a blank line starting a new paragraph: texts written before XWiki syntax was offered. */
    PLAIN("plain/1.0");

    private final String id;

    BodySyntax(String id)
    {
        this.id = id;
    }

    /**
     * @return XWiki's identifier of the syntax, as the stored text names it
     */
    public String id()
    {
        return this.id;
    }

    /**
     * @param id an identifier given by {@link #id()}
     * @return the syntax it names, plain text for anything else
     */
    public static BodySyntax of(String id)
    {
        return XWIKI_21.id.equals(id) ? XWIKI_21 : PLAIN;
    }
}
