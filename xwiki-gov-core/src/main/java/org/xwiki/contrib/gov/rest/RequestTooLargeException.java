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
package org.xwiki.contrib.gov.rest;

import org.xwiki.contrib.gov.GovException;

/**
 * A request body larger than its route accepts: the JSON API answers 413.
 *
 * @version $Id$
 * @since 1.0
 */
public class RequestTooLargeException extends GovException
{
    private static final long serialVersionUID = 1L;

    private static final long KILOBYTE = 1024;

    /**
     * @param limit the most bytes accepted, named in the message in kilobytes
     */
    public RequestTooLargeException(long limit)
    {
        super("gov.core.error.rest.tooLarge", limit / KILOBYTE);
    }
}
