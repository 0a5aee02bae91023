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
package org.xwiki.contrib.gov.policy.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.configuration.ConfigurationSource;
import org.xwiki.contrib.gov.configuration.GovSettings;

/**
 * The policy settings, from the host's {@link GovSettings} (inside XWiki: the Administration's "Guidelines" section,
 * then {@code xwiki.properties}):
 * <ul>
 * <li>{@code gov.policy.timeZone} (default {@code UTC}): the zone in which due dates fall;</li>
 * <li>{@code gov.policy.reminderDays} (default {@code 7,1,0}): days before the due date on which reminders go out,
 * {@code 0} being the due date itself;</li>
 * <li>{@code gov.policy.escalationDays} (default {@code 3}): overdue days after which the manager, or else the
 * agency's HR officers, are told;</li>
 * <li>{@code gov.policy.joinerGraceDays} (default {@code 14}): the default days a later joiner has to acknowledge;</li>
 * <li>{@code gov.policy.minorChangePercent} (default {@code 5}): the share of a text's words a minor version may add
 * or remove without HR confirming that the changes are editorial only.</li>
 * </ul>
 *
 * @version $Id$
 */
@Component(roles = PolicyConfiguration.class)
@Singleton
public class PolicyConfiguration
{
    private static final String PREFIX = "gov.policy.";

    @Inject
    @Named(GovSettings.HINT)
    private ConfigurationSource configuration;

    @Inject
    private Clock clock;

    /**
     * @return the zone in which due dates fall
     */
    public ZoneId getTimeZone()
    {
        String zone = this.configuration.getProperty(PREFIX + "timeZone", "UTC");
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new IllegalStateException("gov.policy.timeZone is not a time zone: " + zone, e);
        }
    }

    /**
     * @return today, in the configured zone
     */
    public LocalDate today()
    {
        return LocalDate.ofInstant(this.clock.instant(), getTimeZone());
    }

    /**
     * @return the days before the due date on which reminders go out, largest first, without duplicates
     */
    public List<Integer> getReminderDays()
    {
        String days = this.configuration.getProperty(PREFIX + "reminderDays", "7,1,0");
        return Arrays.stream(days.split(",")).map(String::strip).filter(day -> !day.isEmpty()).map(Integer::valueOf)
            .filter(day -> day >= 0).distinct().sorted((a, b) -> b - a).toList();
    }

    /**
     * @return the overdue days after which an escalation goes out
     */
    public int getEscalationDays()
    {
        return this.configuration.getProperty(PREFIX + "escalationDays", 3);
    }

    /**
     * @return the default days a later joiner has to acknowledge
     */
    public int getDefaultJoinerGraceDays()
    {
        return this.configuration.getProperty(PREFIX + "joinerGraceDays", 14);
    }

    /**
     * @return the share of words, 0 to 100, a minor version may change without HR confirming it
     */
    public int getMinorChangePercent()
    {
        return Math.max(0, Math.min(100, this.configuration.getProperty(PREFIX + "minorChangePercent", 5)));
    }
}
