package org.xwiki.contrib.gov.sandbox.web;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.xwiki.context.Execution;
import org.xwiki.context.ExecutionContext;
import org.xwiki.context.ExecutionContextException;
import org.xwiki.context.ExecutionContextManager;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.directory.WikiDirectory;
import org.xwiki.contrib.gov.internal.Translations;
import org.xwiki.contrib.gov.security.CsrfGuard;

/**
 * Sets up each request the way XWiki does for the gov components: an execution context holding who is calling and in
 * which language, and refuses any state-changing request that does not carry the caller's CSRF token.
 *
 * @version $Id$
 */
public class GovRequestFilter implements Filter
{
    /** The header that API clients send their CSRF token in. */
    public static final String TOKEN_HEADER = "X-CSRF-Token";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final ExecutionContextManager contextManager;

    private final Execution execution;

    private final WikiDirectory directory;

    private final CsrfGuard csrfGuard;

    private final LocaleResolver localeResolver = new LocaleResolver();

    private final Translations translations = Translations.load(GovRequestFilter.class.getClassLoader());

    /**
     * @param contextManager initialises execution contexts
     * @param execution holds the current execution context
     * @param directory gives the names of users
     * @param csrfGuard checks tokens
     */
    public GovRequestFilter(ExecutionContextManager contextManager, Execution execution, WikiDirectory directory,
        CsrfGuard csrfGuard)
    {
        this.contextManager = contextManager;
        this.execution = execution;
        this.directory = directory;
        this.csrfGuard = csrfGuard;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
        throws IOException, ServletException
    {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        Locale locale = this.localeResolver.resolve(request);
        HttpSession session = request.getSession(false);
        SandboxRequest sandboxRequest = new SandboxRequest(actor(request.getUserPrincipal(), locale),
            Optional.ofNullable(session).map(HttpSession::getId), submittedToken(request));
        try {
            ExecutionContext context = new ExecutionContext();
            this.contextManager.initialize(context);
            context.setProperty(SandboxRequest.PROPERTY, sandboxRequest);
            if (!SAFE_METHODS.contains(request.getMethod()) && !this.csrfGuard.isCurrentRequestValid()) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write(this.translations.format("gov.core.error.csrf", List.of(), locale));
                return;
            }
            chain.doFilter(request, response);
        } catch (ExecutionContextException e) {
            throw new ServletException("Cannot set up the execution context", e);
        } finally {
            this.execution.removeContext();
        }
    }

    private Actor actor(Principal principal, Locale locale)
    {
        if (principal == null) {
            return Actor.anonymous(locale);
        }
        String login = principal.getName();
        return Actor.user(login, this.directory.getDisplayName(login).orElse(login), locale);
    }

    private static Optional<String> submittedToken(HttpServletRequest request)
    {
        return Optional.ofNullable(request.getParameter(CsrfGuard.TOKEN_PARAMETER))
            .or(() -> Optional.ofNullable(request.getHeader(TOKEN_HEADER)));
    }
}
