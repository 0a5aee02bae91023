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
package org.xwiki.contrib.gov.rest;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.gov.GovException;

/**
 * A module's JSON API, served by the host under {@code /gov/rest/<hint>/}. The host authenticates the caller (so that
 * {@link org.xwiki.contrib.gov.actor.CurrentActor} knows them) and checks the CSRF token of state-changing calls made
 * with a session cookie; the handler checks rights through the module's services, like the pages do.
 * A {@link GovException} becomes an error answer: 403 for {@link org.xwiki.contrib.gov.AccessDeniedException}, 404 for
 * {@link NotFoundException}, 400 otherwise, with the translated message.
 *
 * @version $Id$
 * @since 1.0
 */
@Role
public interface GovRestHandler
{
    /**
     * @param request the call
     * @return the answer
     * @throws GovException when the call is refused or fails
     */
    RestResponse handle(RestRequest request) throws GovException;
}
