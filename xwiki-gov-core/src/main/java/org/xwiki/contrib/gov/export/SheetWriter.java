package org.xwiki.contrib.gov.export;

import java.io.IOException;
import java.util.List;

/**
 * Writes a table row by row to a stream, holding no more than a row in memory.
 *
 * @version $Id$
 */
public interface SheetWriter extends AutoCloseable
{
    /**
     * @param cells the row's cells; text that a spreadsheet would run as a formula is made inert
     * @throws IOException when writing fails
     */
    void writeRow(List<String> cells) throws IOException;

    /**
     * Completes the file (the stream itself stays open).
     *
     * @throws IOException when writing fails
     */
    @Override
    void close() throws IOException;

    /**
     * @param value a cell's text
     * @return the text, with a leading apostrophe when it starts like a formula ({@code = + - @}, tab, carriage return)
     */
    static String inert(String value)
    {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? '\'' + value : value;
    }
}
