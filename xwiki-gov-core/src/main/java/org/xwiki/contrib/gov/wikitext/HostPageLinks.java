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
package org.xwiki.contrib.gov.wikitext;

import org.xwiki.component.annotation.Role;

/**
 * Host SPI: where a link to a wiki page written in a text outside any cross-agency space (a guideline's) points. Inside
 * XWiki, the binding points it at the wiki's document of that name when it exists; a host without such pages (the
 * sandbox) provides none, and the link then shows its label as text.
 *
 * @version $Id$
 * @since 1.0
 */
@Role
public interface HostPageLinks extends WikiPageLinks
{
}
