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
import java.util.Map;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.gov.GovException;

/**
 * Who may view or edit the content of the collaboration spaces a module keeps (the cross-agency module implements
 * it): what a host asks on every page view, and what a host that mirrors the access into its own rights (XWiki groups
 * and rights, by the platform binding) reads to reconcile. The module's tables are the source of truth.
 *
 * @version $Id$
 * @since 1.0
 */
@Role
public interface CollaborationSpaces
{
    /**
     * @param userId a person
     * @param spaceKey a space
     * @return what the person may do with the space's content now; {@link ContentAccess#NONE} for an unknown space
     * @throws GovException when the store fails
     */
    ContentAccess getAccess(String userId, String spaceKey) throws GovException;

    /**
     * @param spaceKey a space
     * @return everyone who may view or edit its content now, by user id (nobody for an unknown space)
     * @throws GovException when the store fails
     */
    Map<String, ContentAccess> listAccess(String spaceKey) throws GovException;

    /**
     * @return the keys of every space the module keeps, whatever its status, for a host reconciling its own copy of
     *     the access (a space nobody may see any more still needs its host rights emptied)
     * @throws GovException when the store fails
     */
    List<String> listSpaces() throws GovException;
}
