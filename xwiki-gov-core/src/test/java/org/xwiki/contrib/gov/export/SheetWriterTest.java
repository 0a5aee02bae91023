package org.xwiki.contrib.gov.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Exports make formulas inert; CSV quotes and marks its encoding.
 *
 * @version $Id$
 */
class SheetWriterTest
{
    @Test
    void cellsThatLookLikeFormulasAreMadeInert()
    {
        assertEquals("'=HYPERLINK(\"x\")", SheetWriter.inert("=HYPERLINK(\"x\")"));
        assertEquals("'+1", SheetWriter.inert("+1"));
        assertEquals("'@SUM(A1)", SheetWriter.inert("@SUM(A1)"));
        assertEquals("alice", SheetWriter.inert("alice"));
        assertEquals("", SheetWriter.inert(""));
    }

    @Test
    void csvQuotesAndMarksItsEncoding() throws Exception
    {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SheetWriter writer = new CsvSheetWriter(out)) {
            writer.writeRow(List.of("a,b", "Élise \"E\"", "-2"));
        }

        assertEquals("\uFEFF\"a,b\",\"Élise \"\"E\"\"\",'-2\r\n", out.toString(StandardCharsets.UTF_8));
    }
}
