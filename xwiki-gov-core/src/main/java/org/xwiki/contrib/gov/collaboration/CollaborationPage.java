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
package org.xwiki.contrib.gov.collaboration;

import java.time.Instant;

/**
 * A page of a collaboration space's content, as its host keeps it.
 *
 * @param name the page's name in its space (what links name)
 * @param title its title
 * @param version its latest version, from 1
 * @param lastAuthor the user id of who saved the latest version
 * @param lastModified when it was saved
 * @param url where the host shows it
 * @version $Id$
 * @since 1.0
 */
public record CollaborationPage(String name, String title, int version, String lastAuthor, Instant lastModified,
    String url)
{
}
