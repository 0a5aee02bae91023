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

import java.util.List;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.gov.GovException;

/**
 * The pages of collaboration spaces, implemented by the host that keeps them (the sandbox's page store; XWiki's own
 * documents inside XWiki). The module that keeps the spaces checks who may see them before it asks: an implementation
 * answers for the space as a whole.
 *
 * @version $Id$
 * @since 1.0
 */
@Role
public interface CollaborationPages
{
    /**
     * @param spaceKey a space
     * @param limit the largest number of pages to return
     * @return its pages, the most recently saved first (none for an unknown space)
     * @throws GovException when the host's store fails
     */
    List<CollaborationPage> listPages(String spaceKey, int limit) throws GovException;

    /**
     * @param spaceKey a space
     * @return where the host lets someone who may edit the space's content write a new page
     */
    String getNewPageUrl(String spaceKey);
}
