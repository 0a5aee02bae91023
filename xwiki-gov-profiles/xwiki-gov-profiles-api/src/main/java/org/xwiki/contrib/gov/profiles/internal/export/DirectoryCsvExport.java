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
package org.xwiki.contrib.gov.profiles.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;

import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.export.CsvSheetWriter;
import org.xwiki.contrib.gov.export.SheetWriter;
import org.xwiki.contrib.gov.profiles.DirectoryHit;
import org.xwiki.contrib.gov.profiles.DirectoryQuery;
import org.xwiki.contrib.gov.profiles.DirectoryResult;
import org.xwiki.contrib.gov.profiles.DirectorySearch;
import org.xwiki.contrib.gov.profiles.MatchedField;

/**
 * Writes every hit of a directory search as CSV, page by page through the search itself, so that the file holds
 * exactly what the searcher may see: the people's names, titles, agencies and units, and which fields matched.
 *
 * @version $Id$
 */
public final class DirectoryCsvExport
{
    /** The header row. */
    public static final List<String> HEADER = List.of("user_id", "display_name", "position_title", "agency", "unit",
        "matched_fields");

    private DirectoryCsvExport()
    {
    }

    /**
     * @param search the directory
     * @param actor the searcher
     * @param query the search; its page and page size are ignored
     * @param out where to write
     * @param maxRows the most rows written
     * @throws GovException when the search is refused or fails
     * @throws IOException when writing fails
     */
    public static void write(DirectorySearch search, Actor actor, DirectoryQuery query, OutputStream out,
        int maxRows) throws GovException, IOException
    {
        try (SheetWriter writer = new CsvSheetWriter(out)) {
            writer.writeRow(HEADER);
            int written = 0;
            for (int page = 0; written < maxRows; page++) {
                DirectoryResult result = search.search(actor, new DirectoryQuery(query.keywords(), query.filters(),
                    page, DirectoryQuery.MAX_PAGE_SIZE));
                for (DirectoryHit hit : result.hits()) {
                    writer.writeRow(cells(hit));
                    written++;
                }
                if (result.hits().size() < DirectoryQuery.MAX_PAGE_SIZE || written >= result.total()) {
                    break;
                }
            }
        }
    }

    private static List<String> cells(DirectoryHit hit)
    {
        return List.of(hit.person().userId(), hit.person().displayName(), hit.person().positionTitle().orElse(""),
            hit.person().agencyKey().orElse(""), hit.person().unitKey().orElse(""), hit.matchedFields().stream()
                .map(MatchedField::name).sorted().collect(Collectors.joining(" ")));
    }
}
