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
package org.xwiki.contrib.gov.sandbox.web;

import java.util.Locale;
import java.util.Map;

/**
 * The largest body the sandbox accepts for each form content type ({@code application/x-www-form-urlencoded},
 * {@code multipart/form-data}): what refuses a body before it is read, and what names the refusal.
 *
 * @version $Id$
 */
public final class FormLimits
{
    private final Map<String, Long> limits;

    /**
     * @param limits the largest body for each form content type, lower case, without parameters
     */
    public FormLimits(Map<String, Long> limits)
    {
        this.limits = Map.copyOf(limits);
    }

    /**
     * @param contentType a request's {@code Content-Type} header, possibly with parameters ({@code ; boundary=…})
     * @return the largest body accepted for it, or {@code null} when it is not a form
     */
    public Long of(String contentType)
    {
        return contentType == null ? null
            : this.limits.get(contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT));
    }
}
