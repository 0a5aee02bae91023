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
