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
package org.xwiki.contrib.gov.task;

import java.time.Duration;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.gov.GovException;

/**
 * Work the gov modules do in the background, again and again (linking audit records, sending reminders). Each run
 * must be safe to repeat and to run in several processes sharing one database at once.
 *
 * @version $Id$
 * @since 1.0
 */
@Role
public interface GovTask
{
    /**
     * @return how long to wait between the end of one run and the start of the next
     */
    Duration getInterval();

    /**
     * Does one round of the work.
     *
     * @throws GovException when the round fails; the next round runs anyway
     */
    void run() throws GovException;
}
