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
package org.xwiki.contrib.gov.policy.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.xwiki.contrib.gov.export.SheetWriter;

/**
 * A one-sheet Office Open XML workbook (.xlsx), written as the rows come: the package parts are small constants, and
 * the sheet is streamed into its zip entry with inline strings, so memory does not grow with the number of rows.
 *
 * @version $Id$
 */
public final class XlsxSheetWriter implements SheetWriter
{
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

    private static final String DOCUMENT_RELATIONSHIPS =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final ZipOutputStream zip;

    private final Writer sheet;

    /**
     * @param out where to write
     * @param sheetName the name of the sheet
     * @throws IOException when writing fails
     */
    public XlsxSheetWriter(OutputStream out, String sheetName) throws IOException
    {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        part("[Content_Types].xml", XML + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
            + "spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\""
            + "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
        part("_rels/.rels", XML + "<Relationships xmlns=\"" + RELATIONSHIPS + "\"><Relationship Id=\"rId1\" Type=\""
            + DOCUMENT_RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        part("xl/workbook.xml", XML + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + DOCUMENT_RELATIONSHIPS
            + "\"><sheets><sheet name=\"" + escape(sheetName) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        part("xl/_rels/workbook.xml.rels", XML + "<Relationships xmlns=\"" + RELATIONSHIPS + "\"><Relationship "
            + "Id=\"rId1\" Type=\"" + DOCUMENT_RELATIONSHIPS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "</Relationships>");
        this.zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        this.sheet = new OutputStreamWriter(this.zip, StandardCharsets.UTF_8);
        this.sheet.write(XML + "<worksheet xmlns=\"" + MAIN + "\"><sheetData>");
    }

    private void part(String name, String content) throws IOException
    {
        this.zip.putNextEntry(new ZipEntry(name));
        this.zip.write(content.getBytes(StandardCharsets.UTF_8));
        this.zip.closeEntry();
    }

    @Override
    public void writeRow(List<String> cells) throws IOException
    {
        this.sheet.write("<row>");
        for (String cell : cells) {
            this.sheet.write("<c t=\"inlineStr\"><is><t xml:space=\"preserve\">");
            this.sheet.write(escape(SheetWriter.inert(cell)));
            this.sheet.write("</t></is></c>");
        }
        this.sheet.write("</row>");
    }

    @Override
    public void close() throws IOException
    {
        this.sheet.write("</sheetData></worksheet>");
        this.sheet.flush();
        this.zip.closeEntry();
        this.zip.finish();
    }

    private static String escape(String text)
    {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char character : text.toCharArray()) {
            switch (character) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> {
                    // XML 1.0 forbids most control characters, even escaped.
                    if (character >= 0x20 || character == '\t' || character == '\n' || character == '\r') {
                        escaped.append(character);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
