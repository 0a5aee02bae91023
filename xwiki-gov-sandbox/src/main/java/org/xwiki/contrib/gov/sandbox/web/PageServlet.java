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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the pages: {@code /} (the home page), {@code /login}, and {@code /<module>/<page>}, which renders the
 * template {@code gov/<module>/<page>.vm} of the gov jars inside the sandbox's layout.
 *
 * @version $Id$
 */
public class PageServlet extends HttpServlet
{
    private static final long serialVersionUID = 1L;

    private static final Pattern MODULE_PAGE = Pattern.compile("/([a-z][a-z0-9]{0,30})/([a-z][a-z0-9-]{0,60})");

    private static final String LAYOUT = "gov/sandbox/layout.vm";

    private static final Logger LOGGER = LoggerFactory.getLogger(PageServlet.class);

    private final transient TemplateRenderer renderer;

    private final transient Supplier<List<String>> banners;

    /**
     * @param renderer renders templates
     * @param banners the templates of the banners at the top of every page of a signed-in user
     */
    public PageServlet(TemplateRenderer renderer, Supplier<List<String>> banners)
    {
        this.renderer = renderer;
        this.banners = banners;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException
    {
        renderPage(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException
    {
        renderPage(request, response);
    }

    private void renderPage(HttpServletRequest request, HttpServletResponse response) throws IOException
    {
        SecurityHeaders.apply(response);
        Optional<String> template = templateOf(request.getServletPath() + Optional.ofNullable(request.getPathInfo())
            .orElse(""));
        if (template.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            template = Optional.of("gov/sandbox/notfound.vm");
        }
        Map<String, Object> bindings = new HashMap<>();
        bindings.put("request", request);
        bindings.put("response", response);
        try {
            String content = this.renderer.render(template.get(), bindings);
            if (response.isCommitted()) {
                return;
            }
            bindings.put("content", content);
            bindings.put("pageTitle", PageTitle.of(content).orElse(""));
            bindings.put("banners", renderBanners(request, bindings));
            String page = this.renderer.render(LAYOUT, bindings);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(page);
        } catch (IOException e) {
            LOGGER.error("Cannot render {}", template.get(), e);
            if (!response.isCommitted()) {
                response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            }
        }
    }

    private List<String> renderBanners(HttpServletRequest request, Map<String, Object> bindings) throws IOException
    {
        List<String> rendered = new ArrayList<>();
        if (request.getUserPrincipal() != null) {
            for (String banner : this.banners.get()) {
                rendered.add(this.renderer.render(banner, bindings));
            }
        }
        return rendered;
    }

    private Optional<String> templateOf(String path)
    {
        if (path.isEmpty() || "/".equals(path)) {
            return Optional.of("gov/sandbox/home.vm");
        }
        if ("/login".equals(path)) {
            return Optional.of("gov/sandbox/login.vm");
        }
        if ("/outbox".equals(path)) {
            return Optional.of("gov/sandbox/outbox.vm");
        }
        if ("/pages".equals(path)) {
            return Optional.of("gov/sandbox/page.vm");
        }
        Matcher matcher = MODULE_PAGE.matcher(path);
        if (matcher.matches() && !"sandbox".equals(matcher.group(1))) {
            String candidate = "gov/" + matcher.group(1) + '/' + matcher.group(2) + ".vm";
            if (this.renderer.exists(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
