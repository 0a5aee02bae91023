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
package org.xwiki.contrib.gov.crossagency.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.configuration.ConfigurationSource;

/**
 * The module's settings in {@code xwiki.properties}: {@code gov.crossagency.invitationDays}, how many days an
 * invitation waits (default 14); {@code gov.crossagency.guestMaxDays}, the longest a guest's access may last
 * (default 180 days); {@code gov.crossagency.guestWarningDays}, how many days before the end a guest's sponsor is
 * warned (default 14); {@code gov.crossagency.reviewDays}, how long stewards have to confirm people in an access
 * review (default 14). The sensitivity labels are the kernel's clearance levels
 * ({@code gov.sensitivity.levels}).
 *
 * @version $Id$
 */
@Component(roles = CrossAgencyConfiguration.class)
@Singleton
public class CrossAgencyConfiguration
{
    @Inject
    @Named("xwikiproperties")
    private ConfigurationSource configuration;

    @Inject
    private Clock clock;

    /**
     * @return how long an invitation waits for its answer ({@code gov.crossagency.invitationDays}, default 14 days)
     */
    public Duration getInvitationLifetime()
    {
        return Duration.ofDays(Math.max(1, this.configuration.getProperty("gov.crossagency.invitationDays", 14)));
    }

    /**
     * @return the most days away a guest's end date may be ({@code gov.crossagency.guestMaxDays}, default 180)
     */
    public int getGuestMaxDays()
    {
        return Math.max(1, this.configuration.getProperty("gov.crossagency.guestMaxDays", 180));
    }

    /**
     * @return how many days before a guest's end their sponsor is warned ({@code gov.crossagency.guestWarningDays},
     *     default 14)
     */
    public int getGuestWarningDays()
    {
        return Math.max(0, this.configuration.getProperty("gov.crossagency.guestWarningDays", 14));
    }

    /**
     * @return how many days stewards have to confirm the people of an access review
     *     ({@code gov.crossagency.reviewDays}, default 14; never more than the space's review interval)
     */
    public int getReviewDays()
    {
        return Math.max(1, this.configuration.getProperty("gov.crossagency.reviewDays", 14));
    }

    /**
     * @return now
     */
    public Instant now()
    {
        return this.clock.instant();
    }

    /**
     * @return today, in UTC: the day end dates are compared with
     */
    public LocalDate today()
    {
        return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
    }
}
