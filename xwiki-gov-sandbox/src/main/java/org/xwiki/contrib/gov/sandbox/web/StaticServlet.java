package org.xwiki.contrib.gov.sandbox.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the sandbox's few static files from the class path ({@code static/gov/sandbox/}), by name from a fixed list.
 *
 * @version $Id$
 */
public class StaticServlet extends HttpServlet
{
    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FILES = Map.of("/gov.css", "text/css;charset=UTF-8");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException
    {
        String name = String.valueOf(request.getPathInfo());
        String type = FILES.get(name);
        InputStream in = type == null ? null
            : getClass().getClassLoader().getResourceAsStream("static/gov/sandbox" + name);
        if (in == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (in) {
            response.setContentType(type);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "max-age=3600");
            in.transferTo(response.getOutputStream());
        }
    }
}
