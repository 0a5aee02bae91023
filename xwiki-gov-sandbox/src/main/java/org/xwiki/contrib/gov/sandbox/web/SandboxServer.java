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
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.SessionTrackingMode;

import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.ee10.servlet.security.ConstraintMapping;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.security.Constraint;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.xwiki.component.manager.ComponentLookupException;
import org.xwiki.component.manager.ComponentManager;
import org.xwiki.configuration.ConfigurationSource;
import org.xwiki.context.Execution;
import org.xwiki.context.ExecutionContextManager;
import org.xwiki.contrib.gov.application.GovUiExtension;
import org.xwiki.contrib.gov.authorization.DeactivatedPeople;
import org.xwiki.contrib.gov.directory.WikiDirectory;
import org.xwiki.contrib.gov.sandbox.users.JdbcSandboxUserStore;
import org.xwiki.contrib.gov.security.CsrfGuard;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.environment.Environment;

/**
 * The sandbox's Jetty: form sign-in in front of everything but the sign-in page and the style sheet, HttpOnly and
 * SameSite session cookies, then the request filter and the page servlets.
 *
 * @version $Id$
 */
public final class SandboxServer
{
    /**
     * The largest form that is not a file upload by default ({@code gov.sandbox.maxFormMegabytes}): one that saves a
     * guideline with every text at the longest its checks accept takes less (about 1.3 million characters, each up to
     * 9 bytes once URL-encoded: 3 bytes of UTF-8 written {@code %XX}).
     */
    public static final int MAX_FORM_BYTES = 16 << 20;

    private static final int SESSION_TIMEOUT_SECONDS = 30 * 60;

    /**
     * The largest form that sends a file by default ({@code gov.sandbox.maxUploadMegabytes}), its file and its other
     * fields: twice the HR import's own limit and a little more, so that a file just over that limit gets the import's
     * clear message rather than the container's.
     */
    private static final long MAX_UPLOAD_MEGABYTES = 129;

    private static final int MEGABYTE_SHIFT = 20;

    private static final String LOGIN_PAGE = GovRequestFilter.SIGN_IN_PAGE;

    private final Server server;

    private final ServerConnector connector;

    private final String host;

    /**
     * @param components the booted components
     * @param host the interface to listen on
     * @param port the port to listen on, 0 for any free port
     * @throws ComponentLookupException when a component is missing
     */
    public SandboxServer(ComponentManager components, String host, int port) throws ComponentLookupException
    {
        this.host = host;
        this.server = new Server();
        // Responses do not name the server or its version.
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        this.connector = new ServerConnector(this.server, new HttpConnectionFactory(http));
        this.connector.setHost(host);
        this.connector.setPort(port);
        this.server.addConnector(this.connector);

        ConfigurationSource properties = components.getInstance(ConfigurationSource.class, "xwikiproperties");
        long maxForm = megabytes(properties, "gov.sandbox.maxFormMegabytes", MAX_FORM_BYTES >> MEGABYTE_SHIFT);
        long maxUpload = megabytes(properties, "gov.sandbox.maxUploadMegabytes", MAX_UPLOAD_MEGABYTES);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        context.setMaxFormContentSize((int) Math.min(maxForm, Integer.MAX_VALUE));
        // What Jetty refuses or fails gets the sandbox's translated page (or JSON error), in the context and outside.
        FormLimits formLimits = new FormLimits(Map.of("application/x-www-form-urlencoded", maxForm,
            MultipartForm.CONTENT_TYPE, maxUpload));
        SandboxErrorPage errors = new SandboxErrorPage(formLimits);
        context.setErrorHandler(errors);
        this.server.setErrorHandler(errors);
        SessionHandler sessions = context.getSessionHandler();
        sessions.setHttpOnly(true);
        sessions.setSameSite(HttpCookie.SameSite.LAX);
        sessions.setMaxInactiveInterval(SESSION_TIMEOUT_SECONDS);
        // Session ids travel in cookies only, never in URLs where they would leak through logs and referrers.
        sessions.setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));
        // Behind an HTTPS proxy, the session cookie is never sent over plain HTTP.
        sessions.getSessionCookieConfig().setSecure(properties.getProperty("gov.sandbox.secureCookies", false));
        SandboxLoginService logins = new SandboxLoginService(components.getInstance(GovStore.class),
            components.getInstance(JdbcSandboxUserStore.class), components.getInstance(SignInThrottle.class),
            components.getInstanceList(DeactivatedPeople.class));
        context.setSecurityHandler(security(logins, (HmacCsrfGuard) components.getInstance(CsrfGuard.class)));

        context.addFilter(new FilterHolder(new OversizedBodyFilter(formLimits)), "/*",
            EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new GovRequestFilter(components.getInstance(ExecutionContextManager.class),
            components.getInstance(Execution.class), components.getInstance(WikiDirectory.class),
            components.getInstance(CsrfGuard.class), logins, new UploadFolder(components.<Environment>getInstance(
                Environment.class).getTemporaryDirectory().toPath().resolve("uploads"), maxUpload))), "/*",
            EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new StaticServlet()), "/static/*");
        context.addServlet(new ServletHolder(new LogoutServlet()), "/logout");
        context.addServlet(new ServletHolder(new RestServlet(components)), "/gov/rest/*");
        context.addServlet(new ServletHolder(new PageServlet(components.getInstance(TemplateRenderer.class),
            () -> banners(components))), "/");
        this.server.setHandler(context);
    }

    private static long megabytes(ConfigurationSource properties, String name, long defaultValue)
    {
        return Math.max(1, properties.getProperty(name, defaultValue)) << MEGABYTE_SHIFT;
    }

    private static List<String> banners(ComponentManager components)
    {
        try {
            return components.<GovUiExtension>getInstanceList(GovUiExtension.class).stream()
                .filter(extension -> GovUiExtension.BANNER.equals(extension.getExtensionPoint()))
                .map(GovUiExtension::getTemplate).sorted().toList();
        } catch (ComponentLookupException e) {
            throw new IllegalStateException("Cannot list the UI extensions", e);
        }
    }

    private static ConstraintSecurityHandler security(SandboxLoginService logins, HmacCsrfGuard csrfGuard)
    {
        ConstraintSecurityHandler security = new ConstraintSecurityHandler();
        security.setLoginService(logins);
        security.setAuthenticator(new SignInFormAuthenticator(LOGIN_PAGE, LOGIN_PAGE + "?error=1", csrfGuard));
        security.addConstraintMapping(mapping("/*", Constraint.ANY_USER));
        security.addConstraintMapping(mapping(LOGIN_PAGE, Constraint.ALLOWED));
        security.addConstraintMapping(mapping("/static/*", Constraint.ALLOWED));
        // The JSON API answers 401 itself (no redirect to a form), and accepts HTTP Basic for integrators.
        security.addConstraintMapping(mapping("/gov/rest/*", Constraint.ALLOWED));
        return security;
    }

    private static ConstraintMapping mapping(String path, Constraint constraint)
    {
        ConstraintMapping mapping = new ConstraintMapping();
        mapping.setPathSpec(path);
        mapping.setConstraint(constraint);
        return mapping;
    }

    /**
     * @throws IOException when the port cannot be opened (in use, or not allowed)
     */
    public void start() throws IOException
    {
        try {
            this.server.start();
        } catch (IOException e) {
            stop();
            throw e;
        } catch (Exception e) {
            stop();
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * @return the address of the home page
     */
    public URI uri()
    {
        String shownHost = "0.0.0.0".equals(this.host) || "127.0.0.1".equals(this.host) ? "localhost" : this.host;
        return URI.create("http://" + shownHost + ':' + this.connector.getLocalPort() + '/');
    }

    /**
     * Stops serving.
     */
    public void stop()
    {
        try {
            this.server.stop();
        } catch (Exception e) {
            // Stopping a server that failed to start can fail too; nothing is left to release.
        }
    }
}
