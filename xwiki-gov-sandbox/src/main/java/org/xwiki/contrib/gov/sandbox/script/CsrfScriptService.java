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
package org.xwiki.contrib.gov.sandbox.script;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.security.CsrfGuard;
import org.xwiki.script.service.ScriptService;

/**
 * The sandbox's {@code $services.csrf}, with the methods of XWiki's own that the gov templates use.
 *
 * @version $Id$
 */
@Component
@Named("csrf")
@Singleton
public class CsrfScriptService implements ScriptService
{
    @Inject
    private CsrfGuard guard;

    /**
     * @return the caller's token, to put in every form that changes something
     */
    public String getToken()
    {
        return this.guard.getToken();
    }

    /**
     * @param token a received token
     * @return whether it is the caller's valid token
     */
    public boolean isTokenValid(String token)
    {
        return this.guard.isTokenValid(token);
    }
}
