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
package org.xwiki.contrib.gov.crossagency;

import java.time.Instant;
import java.util.Optional;

/**
 * One thing that happened in a space, for its home page: a membership or review change, or a page saved.
 *
 * @param at when
 * @param eventType what: a {@code crossagency.*} audit event type, or {@link #PAGE_SAVED}
 * @param actorId who did it; empty for the background task
 * @param subjectId whom it was about (the member); empty when it was about the space
 * @param pageTitle the page saved, for {@link #PAGE_SAVED}
 * @param pageUrl where the host shows that page
 * @version $Id$
 * @since 1.0
 */
public record SpaceActivity(Instant at, String eventType, Optional<String> actorId, Optional<String> subjectId,
    Optional<String> pageTitle, Optional<String> pageUrl)
{
    /** The event type of a page's new version. */
    public static final String PAGE_SAVED = "crossagency.page.saved";
}
