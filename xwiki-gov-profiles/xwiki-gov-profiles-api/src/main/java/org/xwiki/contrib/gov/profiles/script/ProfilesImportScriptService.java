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
package org.xwiki.contrib.gov.profiles.script;

import java.io.InputStream;
import java.util.List;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.input.Inputs;
import org.xwiki.contrib.gov.profiles.ProfileImportService;
import org.xwiki.contrib.gov.profiles.internal.importer.ImportFileLimit;
import org.xwiki.contrib.gov.script.AbstractGovScriptService;
import org.xwiki.contrib.gov.script.ScriptResult;

/**
 * The HR import's entry point for templates, {@code $services.govprofiles.import}: preview and start an import of a
 * CSV file, follow it, read its refused rows.
 *
 * @version $Id$
 * @since 1.0
 */
@Component
@Named("govprofiles.import")
@Singleton
public class ProfilesImportScriptService extends AbstractGovScriptService
{
    private static final String TRUE = "true";

    private static final int PROBLEMS_PAGE = 50;

    private static final int RECENT = 20;

    private static final int CHANGES_SHOWN = 500;

    private static final int MEGABYTE_SHIFT = 20;

    @Inject
    private ProfileImportService imports;

    @Inject
    private ImportFileLimit fileLimit;

    /**
     * @return the largest import file, in whole megabytes, as the page's hint tells it
     */
    public long getMaxFileMegabytes()
    {
        return this.fileLimit.maxBytes() >> MEGABYTE_SHIFT;
    }

    /**
     * @return the agencies whose people the caller may import, by key
     */
    public ScriptResult getAgencies()
    {
        return read(() -> this.imports.getImportableAgencies(actor()));
    }

    /**
     * @param agencyKey the agency whose people the file lists
     * @param full {@code true} when the file lists all its people (the others would be deactivated)
     * @param csv the uploaded file, or {@code null} when none was chosen
     * @return what importing it would do, with every refused row and its reason; nothing is written
     */
    public ScriptResult preview(String agencyKey, String full, InputStream csv)
    {
        return read(() -> this.imports.preview(actor(), Inputs.text(agencyKey), TRUE.equals(full), file(csv)));
    }

    /**
     * Starts an import; a background task applies it.
     *
     * @param agencyKey the agency whose people the file lists
     * @param full {@code true} when the file lists all its people (the others are deactivated)
     * @param csv the uploaded file, or {@code null} when none was chosen
     * @return the new import, or why it was refused (nothing is then recorded)
     */
    public ScriptResult start(String agencyKey, String full, InputStream csv)
    {
        return change("gov.profiles.import.started",
            () -> this.imports.start(actor(), Inputs.text(agencyKey), TRUE.equals(full), file(csv)),
            status -> List.of(status.importId()));
    }

    /**
     * @param importId an import's number
     * @return where it stands
     */
    public ScriptResult getStatus(String importId)
    {
        return read(() -> this.imports.getStatus(actor(), importNumber(importId)));
    }

    /**
     * @param importId an import's number
     * @param page a page number, from 1
     * @return that page of the refused rows, {@link #getProblemsPageSize()} a page
     */
    public ScriptResult getProblems(String importId, String page)
    {
        return read(() -> this.imports.getProblems(actor(), importNumber(importId),
            (pageNumber(page) - 1) * PROBLEMS_PAGE, PROBLEMS_PAGE));
    }

    /**
     * @return how many of the people a dry run would change the import page lists, for a page that stays readable;
     *     the JSON API's dry run lists them all
     */
    public int getChangesShown()
    {
        return CHANGES_SHOWN;
    }

    /**
     * @return how many refused rows a page of an import's problems lists
     */
    public int getProblemsPageSize()
    {
        return PROBLEMS_PAGE;
    }

    /**
     * @return the latest imports of the agencies the caller may import, newest first
     */
    public ScriptResult getRecent()
    {
        return read(() -> this.imports.getRecentImports(actor(), RECENT));
    }

    private static InputStream file(InputStream csv) throws GovException
    {
        if (csv == null) {
            throw new GovException("gov.profiles.import.error.noFile");
        }
        return csv;
    }

    private static int pageNumber(String page)
    {
        try {
            return Math.max(1, Integer.parseInt(Inputs.text(page).strip()));
        } catch (NumberFormatException e) {
            // A page link typed by hand: the first page.
            return 1;
        }
    }

    private static long importNumber(String importId) throws GovException
    {
        return Inputs.requireLong(importId,
            () -> new GovException("gov.profiles.import.error.unknownImport", Inputs.text(importId)));
    }
}
