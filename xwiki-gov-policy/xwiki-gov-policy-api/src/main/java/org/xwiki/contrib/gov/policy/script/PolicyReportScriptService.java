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
package org.xwiki.contrib.gov.policy.script;

import java.util.List;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.input.Inputs;
import org.xwiki.contrib.gov.policy.ComplianceService;
import org.xwiki.contrib.gov.policy.TrendPoint;
import org.xwiki.contrib.gov.policy.internal.export.TrendChart;
import org.xwiki.contrib.gov.script.AbstractGovScriptService;
import org.xwiki.contrib.gov.script.ScriptResult;

/**
 * HR's compliance figures for templates, {@code $services.govpolicy.report}: the report by agency or unit, the trend
 * and its chart, the overdue people. Every figure is limited to the agencies the caller may see.
 *
 * @version $Id$
 * @since 1.0
 */
@Component
@Named("govpolicy.report")
@Singleton
public class PolicyReportScriptService extends AbstractGovScriptService
{
    private static final int PAGE = 50;

    @Inject
    private ComplianceService compliance;

    /**
     * @param key a guideline key
     * @param agencyKey an agency to see by unit, or blank to see by agency
     * @return the compliance report, for HR
     */
    public ScriptResult getReport(String key, String agencyKey)
    {
        return read(() -> this.compliance.getReport(actor(), Inputs.text(key), Inputs.optional(agencyKey)));
    }

    /**
     * @param key a guideline key
     * @return the trend, one point a day, for HR
     */
    public ScriptResult getTrend(String key)
    {
        return read(() -> this.compliance.getTrend(actor(), Inputs.text(key)));
    }

    /**
     * @param points a trend
     * @param caption the chart's accessible name
     * @return the trend as an SVG chart, safe to insert as it is
     */
    public String getTrendChart(List<TrendPoint> points, String caption)
    {
        return TrendChart.svg(points, Inputs.text(caption), actor().locale());
    }

    /**
     * @param key a guideline key
     * @param agencyKey one agency, or blank for all the caller may see
     * @param page the page number, from 1
     * @return the overdue people of that page, for HR
     */
    public ScriptResult getOverdue(String key, String agencyKey, String page)
    {
        return read(() -> {
            int number = Math.max(1,
                Inputs.optional(page).isEmpty() ? 1 : Inputs.requireNumber("gov.policy.field.page", page));
            return this.compliance.getOverdue(actor(), Inputs.text(key), Inputs.optional(agencyKey),
                (number - 1) * PAGE, PAGE);
        });
    }

    /**
     * @return how many overdue people a page lists
     */
    public int getPageSize()
    {
        return PAGE;
    }
}
