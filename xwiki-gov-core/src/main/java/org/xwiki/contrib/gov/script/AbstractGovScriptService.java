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
package org.xwiki.contrib.gov.script;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javax.inject.Inject;
import javax.inject.Named;

import org.slf4j.Logger;
import org.xwiki.component.manager.ComponentLookupException;
import org.xwiki.component.manager.ComponentManager;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.actor.CurrentActor;
import org.xwiki.contrib.gov.security.CsrfGuard;
import org.xwiki.contrib.gov.store.StoreException;
import org.xwiki.script.service.ScriptService;

/**
 * What every gov script service shares: calls wrapped into {@link ScriptResult}s, and state-changing calls refused
 * unless the request carries the caller's CSRF token. Rights are checked by the services the calls reach, against
 * {@link #actor()}.
 *
 * @version $Id$
 * @since 1.0
 */
public abstract class AbstractGovScriptService implements ScriptService
{
    /**
     * A call to a service.
     *
     * @param <T> the result type
     */
    @FunctionalInterface
    protected interface Call<T>
    {
        /**
         * @return the result
         * @throws GovException when the service refuses or fails
         */
        T call() throws GovException;
    }

    /**
     * A call to a service that only changes something.
     */
    @FunctionalInterface
    protected interface Change
    {
        /**
         * @throws GovException when the service refuses or fails
         */
        void run() throws GovException;
    }

    @Inject
    private CurrentActor currentActor;

    @Inject
    private CsrfGuard csrfGuard;

    @Inject
    private Logger logger;

    @Inject
    private ComponentManager componentManager;

    /**
     * XWiki's sub-script-service pattern: {@code $services.govprofiles.import} is the script service named
     * {@code govprofiles.import}, so that a module's entry point stays small.
     *
     * @param <S> the sub-service's type
     * @param name the sub-service's name, after this service's own
     * @return the script service named {@code <this service's name>.<name>}, or {@code null} when there is none
     */
    @SuppressWarnings("unchecked")
    public <S extends ScriptService> S get(String name)
    {
        Named named = getClass().getAnnotation(Named.class);
        String hint = (named == null ? "" : named.value() + '.') + name;
        try {
            return this.componentManager.hasComponent(ScriptService.class, hint)
                ? (S) this.componentManager.getInstance(ScriptService.class, hint) : null;
        } catch (ComponentLookupException e) {
            this.logger.error("The script service {} cannot start", hint, e);
            return null;
        }
    }

    /**
     * @return the user calling the script
     */
    protected Actor actor()
    {
        return this.currentActor.get();
    }

    /**
     * @param call a read
     * @return its value, or its failure
     */
    protected ScriptResult read(Call<?> call)
    {
        try {
            Object value = call.call();
            return value instanceof Optional<?> optional ? ScriptResult.ofOptional(optional)
                : ScriptResult.of(value);
        } catch (GovException e) {
            return failure(e);
        }
    }

    /**
     * @param confirmationKey the translation key of the message to show on success
     * @param change a change, run only when the request carries a valid CSRF token
     * @param confirmationParameters the values substituted in the confirmation
     * @return the confirmation, or the failure
     */
    protected ScriptResult change(String confirmationKey, Change change, Object... confirmationParameters)
    {
        return change(confirmationKey, () -> {
            change.run();
            return null;
        }, value -> Arrays.asList(confirmationParameters));
    }

    /**
     * @param <T> the type of the change's result
     * @param confirmationKey the translation key of the message to show on success
     * @param change a change returning a result, run only when the request carries a valid CSRF token
     * @param confirmationParameters the values substituted in the confirmation, from the result
     * @return the result with its confirmation, or the failure
     */
    protected <T> ScriptResult change(String confirmationKey, Call<T> change,
        Function<T, List<Object>> confirmationParameters)
    {
        if (!this.csrfGuard.isCurrentRequestValid()) {
            return ScriptResult.failed(new GovException("gov.core.error.csrf"));
        }
        try {
            T value = change.call();
            return new ScriptResult(true, value, confirmationKey, confirmationParameters.apply(value));
        } catch (GovException e) {
            return failure(e);
        }
    }

    private ScriptResult failure(GovException e)
    {
        if (e instanceof StoreException) {
            this.logger.error("Gov store failure in a script call", e);
        }
        return ScriptResult.failed(e);
    }
}
