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
package org.xwiki.contrib.gov.sandbox;

import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xwiki.component.descriptor.ComponentDescriptor;
import org.xwiki.component.embed.EmbeddableComponentManager;
import org.xwiki.context.Execution;
import org.xwiki.context.ExecutionContext;
import org.xwiki.context.ExecutionContextManager;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.sandbox.web.SandboxRequest;
import org.xwiki.contrib.gov.sandbox.web.TemplateRenderer;
import org.xwiki.script.service.ScriptService;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each module's page rendered as XWiki would when the module's script service is missing (the extension not
 * installed, or failing to start): one translated line, no raw Velocity, no false "nothing for you".
 *
 * @version $Id$
 */
class TemplatesWithoutServicesTest extends AbstractSandboxHttpTest
{
    private static final String MISSING = "This page cannot be shown now: the XWiki Gov extension it needs is not "
        + "running.";

    /** The request a page reads: a plain GET without parameters. */
    public static final class PlainGet
    {
        /**
         * @param name a parameter
         * @return none
         */
        public String getParameter(String name)
        {
            return null;
        }

        /**
         * @param name a parameter
         * @return none
         */
        public String[] getParameterValues(String name)
        {
            return null;
        }

        /**
         * @return no parameter
         */
        public Map<String, String[]> getParameterMap()
        {
            return Map.of();
        }

        /**
         * @return the method
         */
        public String getMethod()
        {
            return "GET";
        }

        /**
         * @return no body
         */
        public String getContentType()
        {
            return null;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"gov/core/admin.vm", "gov/policy/mine.vm", "gov/policy/read.vm", "gov/policy/manage.vm",
        "gov/policy/report.vm", "gov/profiles/directory.vm", "gov/profiles/profile.vm", "gov/profiles/edit.vm",
        "gov/profiles/import.vm", "gov/profiles/settings.vm", "gov/crossagency/spaces.vm", "gov/crossagency/mine.vm",
        "gov/crossagency/space.vm", "gov/crossagency/propose.vm", "gov/crossagency/report.vm"})
    void aPageWhoseServiceIsMissingSaysSoInOneLine(String template) throws Exception
    {
        for (String missing : new String[] {"gov", "govpolicy", "govprofiles", "govcrossagency"}) {
            String page = renderWithout(template, missing);
            boolean concerned = "gov".equals(missing) || template.startsWith("gov/" + missing.substring(3) + '/');
            if (concerned) {
                assertTrue(page.contains(MISSING), template + " without " + missing + ":\n" + page);
                assertFalse(page.contains("gov-table") || page.contains("<form"), "nothing else: " + page);
            }
            assertFalse(UNRESOLVED.matcher(page).find(), template + " shows raw Velocity:\n" + page);
        }
    }

    /**
     * Renders a page as alice with every script service whose name starts with {@code prefix} taken out of the
     * component manager, as when its extension is not installed; they are put back afterwards.
     */
    private String renderWithout(String template, String prefix) throws Exception
    {
        EmbeddableComponentManager components = this.sandbox.components().manager();
        List<ComponentDescriptor<ScriptService>> removed = components.<ScriptService>getComponentDescriptorList(
            (Type) ScriptService.class).stream().filter(service -> service.getRoleHint().startsWith(prefix)).toList();
        removed.forEach(service -> components.unregisterComponent(ScriptService.class, service.getRoleHint()));
        Execution execution = this.sandbox.components().get(Execution.class);
        ExecutionContext context = new ExecutionContext();
        this.sandbox.components().get(ExecutionContextManager.class).initialize(context);
        context.setProperty(SandboxRequest.PROPERTY, new SandboxRequest(Actor.user("alice", "Alice Martin",
            Locale.ENGLISH), Optional.empty(), Optional.empty(), "127.0.0.1"));
        try {
            Map<String, Object> bindings = new HashMap<>();
            bindings.put("request", new PlainGet());
            return this.sandbox.components().get(TemplateRenderer.class).render(template, bindings);
        } finally {
            execution.removeContext();
            for (ComponentDescriptor<ScriptService> service : removed) {
                components.registerComponent(service);
            }
        }
    }
}
