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
package org.xwiki.contrib.gov.test;

import java.util.Locale;

import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.actor.CurrentActor;
import org.xwiki.contrib.gov.security.CsrfGuard;

/**
 * Stands for the request being handled: who makes it, and whether it carries a valid CSRF token. Tests switch both.
 *
 * @version $Id$
 */
public final class TestRequest implements CurrentActor, CsrfGuard
{
    /** The token this request accepts. */
    public static final String TOKEN = "test-token";

    private volatile Actor actor = Actor.anonymous(Locale.ENGLISH);

    private volatile boolean tokenValid = true;

    /**
     * @param actor who makes the following requests
     */
    public void setActor(Actor actor)
    {
        this.actor = actor;
    }

    /**
     * @param tokenValid whether the following requests carry a valid CSRF token
     */
    public void setTokenValid(boolean tokenValid)
    {
        this.tokenValid = tokenValid;
    }

    @Override
    public Actor get()
    {
        return this.actor;
    }

    @Override
    public String getToken()
    {
        return TOKEN;
    }

    @Override
    public boolean isTokenValid(String token)
    {
        return TOKEN.equals(token);
    }

    @Override
    public boolean isCurrentRequestValid()
    {
        return this.tokenValid;
    }
}
