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
package org.xwiki.contrib.gov.policy;

import java.util.Objects;
import java.util.Optional;

/**
 * A guideline HR publishes: its draft, its audience, and where its publication history stands.
 *
 * @param key the stable key ({@code SOCIAL_MEDIA})
 * @param agencyKey the owning agency, empty for a government-wide guideline
 * @param status in force or retired
 * @param draft the text being prepared for the next version
 * @param joinerGraceDays how many days a person who joins the audience after publication has to acknowledge
 * @param currentVersion the number of the latest published version, 0 before the first publication
 * @param currentMajor the number of the latest major version: acknowledgements of it or any later minor version count
 * @version $Id$
 * @since 1.0
 */
public record Guideline(String key, Optional<String> agencyKey, GuidelineStatus status, GuidelineContent draft,
    int joinerGraceDays, int currentVersion, int currentMajor)
{
    /**
     * Checks the fields.
     */
    public Guideline
    {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(agencyKey, "agencyKey");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(draft, "draft");
    }

    /**
     * @return whether a version has been published
     */
    public boolean isPublished()
    {
        return this.currentVersion > 0;
    }
}
