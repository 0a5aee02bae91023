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
