package org.xwiki.contrib.gov.profiles.internal.importer;

import java.util.EnumMap;
import java.util.Map;

/**
 * A data row of an HR import file, as read: each column's text, trimmed.
 *
 * @param line the row's line number (the header is line 1)
 * @param values the text of each column the file has
 * @version $Id$
 */
public record ImportRow(long line, Map<ImportColumn, String> values)
{
    /**
     * Copies the values.
     */
    public ImportRow
    {
        values = values.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(values));
    }

    /**
     * @param column a column
     * @return its text, empty when blank or absent from the file (see {@link ImportTarget} for the difference)
     */
    public String get(ImportColumn column)
    {
        return this.values.getOrDefault(column, "");
    }
}
