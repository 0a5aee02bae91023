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
package org.xwiki.contrib.gov.sandbox.pages;

import java.time.Instant;

/**
 * One version of a page of a cross-agency space, as the sandbox keeps it.
 *
 * @param spaceKey the space
 * @param name the page's name in the space (what links name; set when the page is created)
 * @param title its title
 * @param content its text in XWiki 2.1 syntax
 * @param version its version, from 1
 * @param author the user id of who saved it
 * @param savedAt when
 * @version $Id$
 */
public record SandboxPage(String spaceKey, String name, String title, String content, int version, String author,
    Instant savedAt)
{
}
