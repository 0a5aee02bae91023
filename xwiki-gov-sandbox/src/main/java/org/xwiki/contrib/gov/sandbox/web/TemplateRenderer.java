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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.inject.Inject;
import javax.inject.Singleton;
import javax.script.ScriptContext;

import org.xwiki.component.annotation.Component;
import org.xwiki.script.ScriptContextManager;
import org.xwiki.velocity.VelocityManager;
import org.xwiki.velocity.VelocityTemplate;
import org.xwiki.velocity.XWikiVelocityException;

/**
 * Renders the gov jars' templates ({@code templates/<path>} on the class path) through XWiki's Velocity engine, with
 * the bindings XWiki gives them ({@code $services}, the tools) plus those of the request. Like XWiki, it gives the
 * templates {@code #template('path')}, which renders another template in the including one's namespace, so that the
 * macros it defines can be used after it.
 *
 * @version $Id$
 */
@Component(roles = TemplateRenderer.class)
@Singleton
public class TemplateRenderer
{
    private static final String FOLDER = "templates/";

    private static final String INCLUDER = "govSandboxTemplates";

    /** Defines {@code #template} at the start of each page, on the template's first line so line numbers hold. */
    private static final String TEMPLATE_MACRO = "#macro (template $name)$" + INCLUDER + ".include($name)#end";

    private final ThreadLocal<Deque<String>> namespaces = ThreadLocal.withInitial(ArrayDeque::new);

    /**
     * Each template parsed once, by its text's prefix and path: the jars' templates do not change while the sandbox
     * runs, and parsing was a sixth of a directory page's time (as XWiki keeps its skin templates compiled).
     */
    private final Map<String, VelocityTemplate> compiled = new ConcurrentHashMap<>();

    @Inject
    private VelocityManager velocityManager;

    @Inject
    private ScriptContextManager scriptContextManager;

    /**
     * @param path a template path, relative to the {@code templates} folder ({@code gov/core/admin.vm})
     * @return whether such a template exists
     */
    public boolean exists(String path)
    {
        return getClass().getClassLoader().getResource(FOLDER + path) != null;
    }

    /**
     * Renders a template in the current execution context.
     *
     * @param path a template path, relative to the {@code templates} folder
     * @param bindings the variables the template sees besides the standard ones
     * @return the output
     * @throws IOException when the template cannot be read or rendered
     */
    public String render(String path, Map<String, Object> bindings) throws IOException
    {
        ScriptContext context = this.scriptContextManager.getScriptContext();
        bindings.forEach((name, value) -> context.setAttribute(name, value, ScriptContext.ENGINE_SCOPE));
        context.setAttribute(INCLUDER, new Includer(), ScriptContext.ENGINE_SCOPE);
        return evaluate(path, path, TEMPLATE_MACRO);
    }

    private String evaluate(String path, String namespace, String prefix) throws IOException
    {
        try {
            VelocityTemplate template = this.compiled.get(prefix + path);
            if (template == null) {
                template = compile(path, prefix);
                this.compiled.putIfAbsent(prefix + path, template);
            }
            StringWriter out = new StringWriter();
            Deque<String> stack = this.namespaces.get();
            stack.push(namespace);
            try {
                this.velocityManager.getVelocityEngine().evaluate(this.velocityManager.getVelocityContext(), out,
                    namespace, template);
            } finally {
                stack.pop();
            }
            return out.toString();
        } catch (XWikiVelocityException e) {
            throw new IOException("Cannot render the template " + path, e);
        }
    }

    private VelocityTemplate compile(String path, String prefix) throws IOException, XWikiVelocityException
    {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(FOLDER + path)) {
            if (in == null) {
                throw new IOException("No template " + path);
            }
            try (Reader reader = new InputStreamReader(new SequenceInputStream(
                new ByteArrayInputStream(prefix.getBytes(StandardCharsets.UTF_8)), in), StandardCharsets.UTF_8)) {
                return this.velocityManager.compile(path, reader);
            }
        }
    }

    /** What {@code #template} calls: renders a template in the namespace of the page being rendered. */
    public final class Includer
    {
        /**
         * @param path a template path, relative to the {@code templates} folder
         * @return the template's output
         * @throws IOException when the template cannot be read or rendered
         */
        public String include(String path) throws IOException
        {
            if (path.contains("..")) {
                throw new IOException("No template " + path);
            }
            String namespace = TemplateRenderer.this.namespaces.get().peek();
            return evaluate(path, namespace == null ? path : namespace, "");
        }
    }
}
