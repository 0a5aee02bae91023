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
package org.xwiki.contrib.gov.sandbox.web;

import java.util.Locale;
import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.context.Execution;
import org.xwiki.context.ExecutionContext;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.actor.CurrentActor;

/**
 * Reads the {@link SandboxRequest} of the current thread's execution context; outside of a request (start-up, command
 * line) the caller is anonymous.
 *
 * @version $Id$
 */
@Component(roles = {CurrentSandboxRequest.class, CurrentActor.class})
@Singleton
public class CurrentSandboxRequest implements CurrentActor
{
    @Inject
    private Execution execution;

    /**
     * @return the request being handled, if any
     */
    public Optional<SandboxRequest> getRequest()
    {
        ExecutionContext context = this.execution.getContext();
        return context == null ? Optional.empty()
            : Optional.ofNullable((SandboxRequest) context.getProperty(SandboxRequest.PROPERTY));
    }

    @Override
    public Actor get()
    {
        return getRequest().map(SandboxRequest::actor).orElseGet(() -> Actor.anonymous(Locale.ENGLISH));
    }
}
