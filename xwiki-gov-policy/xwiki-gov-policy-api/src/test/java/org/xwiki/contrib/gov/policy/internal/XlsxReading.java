package org.xwiki.contrib.gov.policy.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads back the sheet of a workbook written by the exports.
 *
 * @version $Id$
 */
final class XlsxReading
{
    private XlsxReading()
    {
    }

    static String sheetText(byte[] workbook) throws IOException
    {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if ("xl/worksheets/sheet1.xml".equals(entry.getName())) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IOException("No sheet in the workbook");
    }
}
