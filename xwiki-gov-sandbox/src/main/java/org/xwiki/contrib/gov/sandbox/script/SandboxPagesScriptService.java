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
package org.xwiki.contrib.gov.sandbox.script;

import java.util.List;
import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.input.Inputs;
import org.xwiki.contrib.gov.sandbox.pages.SandboxPage;
import org.xwiki.contrib.gov.sandbox.pages.SandboxPages;
import org.xwiki.contrib.gov.script.AbstractGovScriptService;
import org.xwiki.contrib.gov.script.ScriptResult;

/**
 * {@code $services.govsandbox.pages}: the pages of cross-agency spaces as the sandbox keeps them. Every right is
 * checked by {@link SandboxPages}.
 *
 * @version $Id$
 */
@Component
@Named("govsandbox.pages")
@Singleton
public class SandboxPagesScriptService extends AbstractGovScriptService
{
    private static final String UNKNOWN_VERSION = "gov.sandbox.error.page.version";

    @Inject
    private SandboxPages pages;

    /**
     * @param space a space
     * @return what the caller may do with its pages
     */
    public ScriptResult getAccess(String space)
    {
        return read(() -> this.pages.getAccess(actor(), Inputs.text(space)));
    }

    /**
     * @param space a space
     * @param name a page
     * @param version a version number, or empty for the latest
     * @return that version of the page
     */
    public ScriptResult getPage(String space, String name, String version)
    {
        return read(() -> this.pages.get(actor(), Inputs.text(space), Inputs.text(name), version(version)));
    }

    /**
     * @param space a space
     * @param name a page
     * @return its versions, newest first
     */
    public ScriptResult getHistory(String space, String name)
    {
        return read(() -> this.pages.getHistory(actor(), Inputs.text(space), Inputs.text(name)));
    }

    /**
     * @param page a version the caller read through {@link #getPage}
     * @return its text as safe XHTML
     */
    public ScriptResult render(SandboxPage page)
    {
        return read(() -> this.pages.render(page));
    }

    /**
     * @param space a space whose content the caller may edit
     * @param title the new page's title
     * @param content its text in XWiki 2.1 syntax
     * @return the page's first version
     */
    public ScriptResult create(String space, String title, String content)
    {
        return change("gov.sandbox.page.created",
            () -> this.pages.create(actor(), Inputs.text(space), title, content), page -> List.of(page.title()));
    }

    /**
     * @param space a space whose content the caller may edit
     * @param name the page
     * @param baseVersion the version the caller edited
     * @param title the new title
     * @param content the new text
     * @return the new version
     */
    public ScriptResult save(String space, String name, String baseVersion, String title, String content)
    {
        return change("gov.sandbox.page.saved", () -> this.pages.save(actor(), Inputs.text(space), Inputs.text(name),
            Inputs.requireInteger(baseVersion, () -> new GovException(UNKNOWN_VERSION)), title, content),
            page -> List.of(page.version()));
    }

    private static Optional<Integer> version(String value) throws GovException
    {
        return Inputs.optional(value).isEmpty() ? Optional.empty()
            : Optional.of(Inputs.requireInteger(value, () -> new GovException(UNKNOWN_VERSION)));
    }
}
