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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.xwiki.context.Execution;
import org.xwiki.context.ExecutionContext;
import org.xwiki.context.ExecutionContextException;
import org.xwiki.context.ExecutionContextManager;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.directory.WikiDirectory;
import org.xwiki.contrib.gov.security.CsrfGuard;
import org.xwiki.contrib.gov.security.SubmittedToken;

/**
 * Sets up each request the way XWiki does for the gov components: an execution context holding who is calling and in
 * which language, and refuses any state-changing request that does not carry the caller's CSRF token.
 * <p>
 * Who is calling: the user of an {@code Authorization: Basic} header, whose password is checked on every call (a wrong
 * one is refused, whatever session the call also carries), or else the user signed in to the session. A Basic call
 * never signs a session in. The CSRF token: required of every state change but those made with Basic credentials
 * alone, since a call that rides on a signed-in session cookie can be forged by another site whatever other header it
 * has; taken from the form's body or the {@value #TOKEN_HEADER} header, never from the URL, where it would leak
 * through logs and referrers (a request with a token in its URL is refused). A form that sends a file
 * ({@code multipart/form-data}) sends its token as its first part: the token is checked before the rest of the body is
 * read, and a refused upload is not read further ({@link MultipartForm}).
 *
 * @version $Id$
 */
public class GovRequestFilter implements Filter
{
    /** The header that API clients send their CSRF token in. */
    public static final String TOKEN_HEADER = SubmittedToken.HEADER;

    /** The sign-in form. */
    public static final String SIGN_IN_PAGE = "/login";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private static final String STATIC_FILES = "/static";

    private static final String AUTHORIZATION = "Authorization";

    private static final String BASIC = "Basic ";

    private final ExecutionContextManager contextManager;

    private final Execution execution;

    private final WikiDirectory directory;

    private final CsrfGuard csrfGuard;

    private final SandboxLoginService logins;

    private final UploadFolder uploads;

    /** The methods pages and the JSON API answer; any other is refused with 405. */
    private static final Set<String> KNOWN_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH",
        "OPTIONS");

    private final LocaleResolver localeResolver = new LocaleResolver();


    /**
     * @param contextManager initialises execution contexts
     * @param execution holds the current execution context
     * @param directory gives the names of users
     * @param csrfGuard checks tokens
     * @param logins checks the passwords of HTTP Basic calls
     * @param uploads where the files forms send wait, and the largest such form
     */
    public GovRequestFilter(ExecutionContextManager contextManager, Execution execution, WikiDirectory directory,
        CsrfGuard csrfGuard, SandboxLoginService logins, UploadFolder uploads)
    {
        this.contextManager = contextManager;
        this.execution = execution;
        this.directory = directory;
        this.csrfGuard = csrfGuard;
        this.logins = logins;
        this.uploads = uploads;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
        throws IOException, ServletException
    {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        Locale locale = this.localeResolver.resolve(request);
        // The error page answers in the language the reader chose, not only the one their browser prefers.
        request.setAttribute(SandboxErrorPage.LOCALE_ATTRIBUTE, locale);
        if (!KNOWN_METHODS.contains(request.getMethod())) {
            // Before the token check, which would call a PROPFIND a form that expired.
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (STATIC_FILES.equals(request.getServletPath()) && SAFE_METHODS.contains(request.getMethod())) {
            // A stylesheet or an icon needs no caller, no execution context and no token: reading the caller's name
            // from the database was half of a static file's time under load.
            chain.doFilter(request, response);
            return;
        }
        boolean sessionBefore = request.getSession(false) != null;
        // The session's user, from the sign-in form: a Basic call never signs a session in.
        Principal sessionUser = request.getUserPrincipal();
        boolean basic = isBasic(request);
        Optional<String> caller = Optional.ofNullable(sessionUser).map(Principal::getName);
        if (basic) {
            caller = basicUser(request);
            if (caller.isEmpty()) {
                refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "gov.sandbox.error.basicRefused");
                return;
            }
        }
        // The sign-in form needs a session for its CSRF token.
        HttpSession session = request.getSession(SIGN_IN_PAGE.equals(request.getRequestURI()));
        boolean unsafe = !SAFE_METHODS.contains(request.getMethod());
        // A form that sends a file carries its token in its first part, read below: asking the container for a
        // parameter would read the whole upload first.
        boolean upload = unsafe && MultipartForm.isMultipart(request.getContentType());
        UnaryOperator<String> bodyParameters = upload ? name -> null : request::getParameter;
        SandboxRequest sandboxRequest = new SandboxRequest(actor(caller, locale),
            Optional.ofNullable(session).map(HttpSession::getId),
            SubmittedToken.of(request.getQueryString(), bodyParameters, request::getHeader), request.getRemoteAddr());
        Optional<MultipartForm> form = Optional.empty();
        try {
            ExecutionContext context = new ExecutionContext();
            this.contextManager.initialize(context);
            context.setProperty(SandboxRequest.PROPERTY, sandboxRequest);
            // Only Basic credentials alone cannot be forged by another site: a signed-in session cookie can.
            boolean forgeable = !basic || sessionUser != null;
            if (upload) {
                form = readUpload(request, context, sandboxRequest, forgeable);
                if (form.isEmpty()) {
                    // The rest of the upload is not read: the client must not send another request on it.
                    response.setHeader(HttpHeader.CONNECTION.asString(), HttpHeaderValue.CLOSE.asString());
                    refuse(response, HttpServletResponse.SC_FORBIDDEN, "gov.core.error.csrf");
                    return;
                }
                chain.doFilter(new MultipartRequest(request, form.get()), response);
            } else if (forgeable && unsafe && !this.csrfGuard.isCurrentRequestValid()) {
                refuse(response, HttpServletResponse.SC_FORBIDDEN, "gov.core.error.csrf");
            } else {
                chain.doFilter(request, response);
            }
        } catch (MultipartForm.UnreadableFormException e) {
            response.setHeader(HttpHeader.CONNECTION.asString(), HttpHeaderValue.CLOSE.asString());
            response.sendError(e.status());
        } catch (ExecutionContextException e) {
            throw new ServletException("Cannot set up the execution context", e);
        } finally {
            form.ifPresent(MultipartForm::close);
            this.execution.removeContext();
            if (basic && !sessionBefore && request.getSession(false) != null) {
                // HTTP Basic calls are one-offs: do not leave a session behind for each.
                request.getSession(false).invalidate();
            }
        }
    }

    /**
     * Reads a form that sends a file, its CSRF token first: the token is checked before the rest is read.
     *
     * @return the form, empty when its token is refused
     */
    private Optional<MultipartForm> readUpload(HttpServletRequest request, ExecutionContext context,
        SandboxRequest sandboxRequest, boolean forgeable) throws IOException
    {
        return MultipartForm.read(request.getContentType(), request.getInputStream(), this.uploads.maxBytes(),
            this.uploads.folder(), first -> {
                Optional<String> token = SubmittedToken.of(request.getQueryString(),
                    name -> CsrfGuard.TOKEN_PARAMETER.equals(name) ? first.orElse(null) : null, request::getHeader);
                // The services check the token again before each change: they see the one the form sent.
                context.setProperty(SandboxRequest.PROPERTY, new SandboxRequest(sandboxRequest.actor(),
                    sandboxRequest.sessionId(), token, sandboxRequest.clientAddress()));
                return !forgeable || this.csrfGuard.isCurrentRequestValid();
            }, CsrfGuard.TOKEN_PARAMETER);
    }

    private static boolean isBasic(HttpServletRequest request)
    {
        String authorization = request.getHeader(AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length());
    }

    /** The user of a Basic header whose password is right. */
    private Optional<String> basicUser(HttpServletRequest request)
    {
        String credentials;
        try {
            credentials = new String(Base64.getDecoder().decode(request.getHeader(AUTHORIZATION)
                .substring(BASIC.length()).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = credentials.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String user = credentials.substring(0, colon);
        return this.logins.isPasswordCorrect(user, credentials.substring(colon + 1), request.getRemoteAddr())
            ? Optional.of(user) : Optional.empty();
    }

    /**
     * Refuses with the sandbox's error page (or the JSON API's error), which names the refusal by its translation key.
     */
    private static void refuse(HttpServletResponse response, int status, String messageKey) throws IOException
    {
        response.sendError(status, messageKey);
    }

    private Actor actor(Optional<String> login, Locale locale)
    {
        return login.map(user -> Actor.user(user, this.directory.getDisplayName(user).orElse(user), locale))
            .orElseGet(() -> Actor.anonymous(locale));
    }
}
