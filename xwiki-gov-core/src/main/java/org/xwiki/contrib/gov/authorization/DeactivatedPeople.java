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
package org.xwiki.contrib.gov.authorization;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.gov.GovException;

/**
 * The people HR deactivated (they left the public service): they may do nothing with the extensions' data, whatever
 * grants and home agency they still hold. Implemented by the module that keeps the deactivation (the profiles module);
 * with none installed, nobody is deactivated.
 *
 * @version $Id$
 * @since 1.0
 */
@Role
public interface DeactivatedPeople
{
    /**
     * @param userId a user id
     * @return whether HR deactivated the person
     * @throws GovException when the store fails
     */
    boolean isDeactivated(String userId) throws GovException;
}
