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
package org.xwiki.contrib.gov.store.internal;

import java.util.Objects;

/**
 * How to reach the gov database.
 *
 * @param url the JDBC URL
 * @param user the database user, empty for none
 * @param password the database password, empty for none
 * @param maxPoolSize the largest number of pooled connections
 * @version $Id$
 */
public record StoreSettings(String url, String user, String password, int maxPoolSize)
{
    /**
     * Checks the fields.
     */
    public StoreSettings
    {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize must be at least 1");
        }
    }

    /**
     * @return the URL without the parameters that follow {@code ;} or {@code ?}, which may hold credentials; for
     *     messages
     */
    public String displayUrl()
    {
        int end = this.url.length();
        for (char separator : new char[] {';', '?'}) {
            int index = this.url.indexOf(separator);
            if (index >= 0) {
                end = Math.min(end, index);
            }
        }
        return this.url.substring(0, end);
    }

    @Override
    public String toString()
    {
        return "StoreSettings[url=" + displayUrl() + ", user=" + this.user + ", maxPoolSize=" + this.maxPoolSize + ']';
    }
}
