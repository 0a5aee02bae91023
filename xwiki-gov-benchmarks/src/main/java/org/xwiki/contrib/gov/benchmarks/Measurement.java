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
package org.xwiki.contrib.gov.benchmarks;

import java.util.Locale;
import java.util.Optional;

/**
 * One figure of the service layer beside the same work done by plain JDBC, and the target it must meet.
 *
 * @param name what was measured
 * @param unit the unit of both figures
 * @param service the figure through the service layer
 * @param plain the figure of plain JDBC, empty when there is nothing to compare with
 * @param target the target, empty for a figure given for information
 * @version $Id$
 */
record Measurement(String name, String unit, double service, Optional<Double> plain, Optional<Target> target)
{
    /**
     * A bound a figure must stay within.
     *
     * @param limit the bound
     * @param atLeast whether the figure must reach the bound (a rate) rather than stay below it (a duration)
     */
    record Target(double limit, boolean atLeast)
    {
        /**
         * @param limit the most a figure may be
         * @return the target
         */
        static Target atMost(double limit)
        {
            return new Target(limit, false);
        }

        /**
         * @param limit the least a figure may be
         * @return the target
         */
        static Target atLeast(double limit)
        {
            return new Target(limit, true);
        }

        boolean isMetBy(double value)
        {
            return this.atLeast ? value >= this.limit : value <= this.limit;
        }

        @Override
        public String toString()
        {
            return (this.atLeast ? "≥ " : "≤ ") + format(this.limit);
        }
    }

    /**
     * @param name what was measured
     * @param unit the unit
     * @param service the service layer's figure
     * @param plain plain JDBC's figure
     * @param target the target
     * @return a measurement with a target and a comparison
     */
    static Measurement compared(String name, String unit, double service, double plain, Target target)
    {
        return new Measurement(name, unit, service, Optional.of(plain), Optional.of(target));
    }

    /**
     * @param name what was measured
     * @param unit the unit
     * @param service the service layer's figure
     * @param plain plain JDBC's figure
     * @return a measurement given for information, with a comparison
     */
    static Measurement informative(String name, String unit, double service, double plain)
    {
        return new Measurement(name, unit, service, Optional.of(plain), Optional.empty());
    }

    /**
     * @param name what was measured
     * @param unit the unit
     * @param service the service layer's figure
     * @return a measurement given for information, without a comparison
     */
    static Measurement alone(String name, String unit, double service)
    {
        return new Measurement(name, unit, service, Optional.empty(), Optional.empty());
    }

    /**
     * @return the service layer's figure divided by plain JDBC's
     */
    Optional<Double> ratio()
    {
        return this.plain.filter(value -> value != 0).map(value -> this.service / value);
    }

    /**
     * @return whether the service layer's figure meets the target; true when there is none
     */
    boolean meetsTarget()
    {
        return this.target.map(bound -> bound.isMetBy(this.service)).orElse(true);
    }

    /**
     * @return a row of a Markdown table: name, target, service, plain JDBC, ratio, verdict
     */
    String toMarkdownRow()
    {
        return "| " + this.name + " | " + this.target.map(bound -> bound + " " + this.unit).orElse("—") + " | "
            + format(this.service) + ' ' + this.unit + " | "
            + this.plain.map(value -> format(value) + ' ' + this.unit).orElse("—") + " | "
            + ratio().map(value -> String.format(Locale.ROOT, "%.2f", value)).orElse("—") + " | "
            + this.target.map(bound -> meetsTarget() ? "met" : "**missed**").orElse("—") + " |";
    }

    private static String format(double value)
    {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
