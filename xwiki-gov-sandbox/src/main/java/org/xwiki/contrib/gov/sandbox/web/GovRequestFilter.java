package org.xwiki.contrib.gov.sandbox.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
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

    private static final String BASIC = "Basic ";

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
        boolean sessionBefore = request.getSession(false) != null;
        boolean basic = isBasic(request);
        if (basic && !signInWithBasic(request)) {
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "gov.sandbox.error.basicRefused", locale);
            return;
        }
        HttpSession session = request.getSession(false);
        SandboxRequest sandboxRequest = new SandboxRequest(actor(request.getUserPrincipal(), locale),
            Optional.ofNullable(session).map(HttpSession::getId), submittedToken(request));
        try {
            ExecutionContext context = new ExecutionContext();
            this.contextManager.initialize(context);
            context.setProperty(SandboxRequest.PROPERTY, sandboxRequest);
            // A request that carries credentials in its Authorization header is not forgeable by another site.
            if (!basic && !SAFE_METHODS.contains(request.getMethod()) && !this.csrfGuard.isCurrentRequestValid()) {
                refuse(response, HttpServletResponse.SC_FORBIDDEN, "gov.core.error.csrf", locale);
                return;
            }
            chain.doFilter(request, response);
        } catch (ExecutionContextException e) {
            throw new ServletException("Cannot set up the execution context", e);
        } finally {
            this.execution.removeContext();
            if (basic && !sessionBefore && request.getSession(false) != null) {
                // HTTP Basic calls are one-offs: do not leave a session behind for each.
                request.getSession(false).invalidate();
            }
        }
    }

    private static boolean isBasic(HttpServletRequest request)
    {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length());
    }

    private static boolean signInWithBasic(HttpServletRequest request)
    {
        try {
            String credentials = new String(Base64.getDecoder().decode(request.getHeader("Authorization")
                .substring(BASIC.length()).strip()), StandardCharsets.UTF_8);
            int colon = credentials.indexOf(':');
            if (colon < 0) {
                return false;
            }
            if (request.getUserPrincipal() == null) {
                request.login(credentials.substring(0, colon), credentials.substring(colon + 1));
            }
            return true;
        } catch (IllegalArgumentException | ServletException e) {
            return false;
        }
    }

    private void refuse(HttpServletResponse response, int status, String messageKey, Locale locale)
        throws IOException
    {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(this.translations.format(messageKey, List.of(), locale));
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
