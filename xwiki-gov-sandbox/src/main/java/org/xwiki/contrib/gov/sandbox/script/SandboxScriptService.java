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

import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.authorization.GovAuthorization;
import org.xwiki.contrib.gov.sandbox.SandboxOperations;
import org.xwiki.contrib.gov.sandbox.internal.JdbcOutboxStore;
import org.xwiki.contrib.gov.sandbox.web.CurrentSandboxRequest;
import org.xwiki.contrib.gov.sandbox.web.SignInThrottle;
import org.xwiki.contrib.gov.script.AbstractGovScriptService;
import org.xwiki.contrib.gov.script.ScriptResult;
import org.xwiki.contrib.gov.store.GovStore;

/**
 * The sandbox's own pages' entry point, {@code $services.govsandbox}: the outbox of notifications kept when no SMTP
 * server is configured.
 *
 * @version $Id$
 */
@Component
@Named("govsandbox")
@Singleton
public class SandboxScriptService extends AbstractGovScriptService
{
    private static final int OUTBOX_PAGE = 200;

    @Inject
    private GovStore store;

    @Inject
    private JdbcOutboxStore outbox;

    @Inject
    private GovAuthorization authorization;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private CurrentSandboxRequest currentRequest;

    /**
     * @return how many seconds the visitor must still wait before signing in again, after a sign-in refused for
     *     coming too soon after failed ones; 0 when none
     */
    public long getSignInWait()
    {
        return this.currentRequest.getRequest().map(request -> this.throttle.lastRefusal(request.clientAddress()))
            .map(wait -> wait.toMillis() == 0 ? 0 : Math.max(1, (wait.toMillis() + 999) / 1000)).orElse(0L);
    }

    /**
     * @return the newest notifications: the caller's own, or everyone's for government administrators
     */
    public ScriptResult getOutbox()
    {
        return read(() -> {
            if (actor().userId().isEmpty()) {
                throw new AccessDeniedException("sandbox.outbox");
            }
            boolean everyone =
                this.authorization.isAllowed(actor(), SandboxOperations.READ_EVERY_OUTBOX, Optional.empty());
            Optional<String> recipient = everyone ? Optional.empty() : actor().userId();
            return this.store.inTransaction(connection -> this.outbox.list(connection, recipient, OUTBOX_PAGE));
        });
    }
}
