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

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.export.SheetWriter;
import org.xwiki.contrib.gov.policy.TrendPoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exports make formulas inert and escape XML; the trend chart holds only what it should.
 *
 * @version $Id$
 */
class ExportAndChartTest
{
    @Test
    void xlsxEscapesMarkupAndDropsCharactersXmlForbids() throws Exception
    {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SheetWriter writer = new XlsxSheetWriter(out, "A&B")) {
            writer.writeRow(List.of("<b>&</b>", "bell\u0007"));
        }

        String sheet = XlsxReading.sheetText(out.toByteArray());
        assertTrue(sheet.contains("&lt;b&gt;&amp;&lt;/b&gt;"), sheet);
        assertTrue(sheet.contains(">bell</t>"), sheet);
    }

    @Test
    void theChartEscapesItsCaptionAndScalesToTheBox()
    {
        String svg = TrendChart.svg(List.of(new TrendPoint(LocalDate.of(2026, 1, 1), 0, 0),
            new TrendPoint(LocalDate.of(2026, 1, 2), 5, 50), new TrendPoint(LocalDate.of(2026, 1, 3), 12, 120)),
            "<script>{{x}}", Locale.ENGLISH);

        assertTrue(svg.contains("<title>&lt;script&gt;&#123;&#123;x}}</title>"), svg);
        assertFalse(svg.contains("<script>"));
        assertTrue(svg.contains("M30.0 170.0 L300.0 100.0 L570.0 30.0"), "over 100 % is drawn at the top: " + svg);
        assertTrue(svg.contains(">Jan 1, 2026<") && svg.contains(">Jan 3, 2026<"), svg);
    }

    @Test
    void theFirstDaysSingleFigureIsShownWithItsDateOnce()
    {
        String svg = TrendChart.svg(List.of(new TrendPoint(LocalDate.of(2026, 11, 29), 3, 25)), "Trend",
            Locale.FRENCH);

        assertTrue(svg.contains("<circle cx=\"300.0\" cy=\"135.0\""), svg);
        assertEquals(1, svg.split("29 nov. 2026", -1).length - 1, svg);
    }
}
