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

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.xwiki.contrib.gov.policy.TrendPoint;

/**
 * Draws the compliance trend as an SVG line chart, on the server, for pages that also show the same figures as a
 * table. Only numbers and dates go into the SVG, and the caption is XML-escaped.
 *
 * @version $Id$
 */
public final class TrendChart
{
    private static final int WIDTH = 600;

    private static final int HEIGHT = 200;

    private static final int MARGIN = 30;

    private TrendChart()
    {
    }

    /**
     * @param points the trend, one point a day
     * @param caption the accessible name of the chart
     * @param locale the reader's, for the dates under the axis
     * @return the SVG element
     */
    public static String svg(List<TrendPoint> points, String caption, Locale locale)
    {
        DateTimeFormatter days = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gov-chart\" role=\"img\" viewBox=\"0 0 ")
            .append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"")
            .append(HEIGHT).append("\"><title>").append(escape(caption)).append("</title>");
        int left = MARGIN;
        int bottom = HEIGHT - MARGIN;
        int plotWidth = WIDTH - 2 * MARGIN;
        int plotHeight = HEIGHT - 2 * MARGIN;
        svg.append("<line x1=\"").append(left).append("\" y1=\"").append(bottom).append("\" x2=\"")
            .append(left + plotWidth).append("\" y2=\"").append(bottom).append("\" stroke=\"#4a4a4a\"/>");
        svg.append("<line x1=\"").append(left).append("\" y1=\"").append(MARGIN).append("\" x2=\"").append(left)
            .append("\" y2=\"").append(bottom).append("\" stroke=\"#4a4a4a\"/>");
        svg.append(text(2, MARGIN + 4, "100%")).append(text(2, bottom, "0%"));
        if (!points.isEmpty()) {
            // One point a day: on the first day there is a single point, drawn as a dot with its one date.
            StringBuilder path = new StringBuilder();
            StringBuilder dots = new StringBuilder();
            for (int index = 0; index < points.size(); index++) {
                double x = left + (points.size() == 1 ? plotWidth / 2.0
                    : (double) plotWidth * index / (points.size() - 1));
                double y = bottom - plotHeight * Math.min(100.0, points.get(index).percent()) / 100.0;
                String at = String.format(Locale.ROOT, "%.1f %.1f", x, y);
                path.append(index == 0 ? "M" : " L").append(at);
                dots.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#003f72\"/>", x,
                    y));
            }
            svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#003f72\" stroke-width=\"2\"/>");
            svg.append(dots);
            if (points.size() == 1) {
                svg.append(text(left + plotWidth / 2 - 35, HEIGHT - 8, days.format(points.get(0).day())));
            } else {
                svg.append(text(left, HEIGHT - 8, days.format(points.get(0).day())));
                svg.append(text(left + plotWidth - 70, HEIGHT - 8, days.format(points.get(points.size() - 1).day())));
            }
        }
        return svg.append("</svg>").toString();
    }

    private static String text(int x, int y, String content)
    {
        return "<text x=\"" + x + "\" y=\"" + y + "\" font-size=\"11\" fill=\"#1b1b1b\">" + escape(content) + "</text>";
    }

    private static String escape(String text)
    {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
            .replace("{", "&#123;");
    }
}
