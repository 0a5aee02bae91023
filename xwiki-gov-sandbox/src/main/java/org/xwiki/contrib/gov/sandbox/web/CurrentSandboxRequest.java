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
