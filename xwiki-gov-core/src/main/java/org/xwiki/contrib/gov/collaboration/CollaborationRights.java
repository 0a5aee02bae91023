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

import java.util.Collection;

import org.xwiki.component.annotation.Role;

/**
 * Told by the module that keeps collaboration spaces whenever people's access to a space's content may have changed
 * (a space opened, archived or reopened; someone joined, left, was suspended or reinstated), so that a host mirroring
 * access into its own rights re-reads it from {@link CollaborationSpaces}. Hosts that ask
 * {@link CollaborationSpaces#getAccess} on every view need none. Called after the change is made, in its transaction;
 * an implementation must not fail the change (it logs, and its reconciliation repairs what it missed).
 *
 * @version $Id$
 * @since 1.0
 */
@Role
public interface CollaborationRights
{
    /**
     * @param spaceKey the space
     * @param userIds the people whose access may have changed; empty when it may have changed for everyone in it
     */
    void accessChanged(String spaceKey, Collection<String> userIds);
}
