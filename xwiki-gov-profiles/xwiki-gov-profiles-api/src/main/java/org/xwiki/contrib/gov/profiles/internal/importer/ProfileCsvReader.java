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
package org.xwiki.contrib.gov.profiles.internal.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.profiles.ImportProblem;
import org.xwiki.contrib.gov.profiles.ProfileImportService;

/**
 * Reads an HR import file (see {@link ProfileImportService} for its columns): strict UTF-8, an optional byte-order
 * mark, RFC 4180 quoting. A row with the wrong number of cells is refused on its own; a file that cannot be read on
 * (not UTF-8, a broken quote, a bad header) is refused as a whole, naming the line. The file goes to a temporary file as
 * it arrives, never beyond its limit, so that a large upload does not sit in memory.
 *
 * @version $Id$
 */
public final class ProfileCsvReader
{
    private static final String ERROR = "gov.profiles.import.error.";

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private static final int BUFFER = 64 * 1024;

    private static final long MEGABYTE = 1024 * 1024;

    /**
     * What a file holds.
     *
     * @param columns the columns its header names
     * @param rows the rows with the right number of cells
     * @param problems the other rows, each with its reason
     */
    public record Content(Set<ImportColumn> columns, List<ImportRow> rows, List<ImportProblem> problems)
    {
    }

    private ProfileCsvReader()
    {
    }

    /**
     * @param csv the file; read to its end, not closed
     * @param maxBytes the largest file accepted: a larger one is read no further than one byte past it
     * @param folder where the file waits while it is checked and read, deleted at the end
     * @return its rows and the refused ones
     * @throws GovException when the file cannot be read on
     */
    public static Content read(InputStream csv, long maxBytes, Path folder) throws GovException
    {
        Path spooled = null;
        try {
            Files.createDirectories(folder);
            spooled = Files.createTempFile(folder, "gov-import-", ".csv");
            spool(csv, spooled, maxBytes);
            checkEncoding(spooled);
            return parse(spooled);
        } catch (IOException e) {
            throw new GovException(e, ERROR + "unreadable");
        } finally {
            deleteQuietly(spooled);
        }
    }

    private static void spool(InputStream csv, Path file, long maxBytes) throws GovException, IOException
    {
        long size = 0;
        byte[] buffer = new byte[BUFFER];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int read = readSome(csv, buffer); read >= 0; read = readSome(csv, buffer)) {
                size += read;
                if (size > maxBytes) {
                    throw new GovException(ERROR + "tooLarge", maxBytes / MEGABYTE);
                }
                out.write(buffer, 0, read);
            }
        }
    }

    /** Reads the upload, whose failures (the sender gone, a body over the host's limit) are the file's. */
    private static int readSome(InputStream csv, byte[] buffer) throws GovException
    {
        try {
            return csv.read(buffer);
        } catch (IOException e) {
            throw new GovException(e, ERROR + "unreadable");
        }
    }

    private static Content parse(Path file) throws GovException, IOException
    {
        CSVParser parser = null;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.mark(1);
            if (reader.read() != BYTE_ORDER_MARK) {
                reader.reset();
            }
            parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(reader);
            return read(parser);
        } catch (UncheckedIOException | IOException e) {
            throw new GovException(ERROR + "malformed", parser == null ? 1 : parser.getCurrentLineNumber() + 1);
        }
    }

    /** Checks the file is strict UTF-8, naming the line of the first byte that is not. */
    private static void checkEncoding(Path file) throws GovException, IOException
    {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(BUFFER);
        CharBuffer out = CharBuffer.allocate(BUFFER);
        long line = 1;
        try (InputStream stream = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int read = stream.read(in.array(), in.position(), in.remaining());
                end = read < 0;
                in.position(in.position() + Math.max(read, 0));
                in.flip();
                int start = in.position();
                // Never more characters than bytes in UTF-8: the output buffer does not fill up.
                CoderResult result = decoder.decode(in, out.clear(), end);
                line += newlines(in.array(), start, in.position());
                if (result.isError()) {
                    throw new GovException(ERROR + "encoding", line);
                }
                in.compact();
            }
        }
    }

    private static long newlines(byte[] bytes, int from, int to)
    {
        long count = 0;
        for (int index = from; index < to; index++) {
            count += bytes[index] == '\n' ? 1 : 0;
        }
        return count;
    }

    private static void deleteQuietly(Path file)
    {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // Left in the temporary folder, which the host empties.
            }
        }
    }

    private static Content read(CSVParser parser) throws GovException
    {
        List<ImportRow> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        List<ImportColumn> columns = null;
        for (CSVRecord record : parser) {
            if (columns == null) {
                columns = header(record);
                continue;
            }
            long line = parser.getCurrentLineNumber();
            if (record.size() != columns.size()) {
                problems.add(new ImportProblem(line, record.size() > 0 ? record.get(0).strip() : "",
                    "gov.profiles.import.row.columnCount", List.of(columns.size(), record.size())));
                continue;
            }
            Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
            for (int index = 0; index < columns.size(); index++) {
                values.put(columns.get(index), record.get(index).strip());
            }
            rows.add(new ImportRow(line, values));
        }
        if (columns == null) {
            throw new GovException(ERROR + "empty");
        }
        return new Content(Collections.unmodifiableSet(EnumSet.copyOf(columns)), rows, problems);
    }

    private static List<ImportColumn> header(CSVRecord record) throws GovException
    {
        List<ImportColumn> columns = new ArrayList<>();
        for (String cell : record) {
            Optional<ImportColumn> column = ImportColumn.ofHeader(cell);
            if (column.isEmpty()) {
                throw new GovException(ERROR + "unknownColumn", cell.strip());
            }
            if (columns.contains(column.get())) {
                throw new GovException(ERROR + "duplicateColumn", cell.strip());
            }
            columns.add(column.get());
        }
        for (ImportColumn column : ImportColumn.values()) {
            if (column.isRequired() && !columns.contains(column)) {
                throw new GovException(ERROR + "missingColumn", column.getHeader());
            }
        }
        return columns;
    }

}
