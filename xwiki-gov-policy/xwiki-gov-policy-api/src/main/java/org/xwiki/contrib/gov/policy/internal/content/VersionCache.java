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
package org.xwiki.contrib.gov.policy.internal.content;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.NotFoundException;
import org.xwiki.contrib.gov.policy.GuidelineVersion;
import org.xwiki.contrib.gov.policy.internal.store.JdbcGuidelineStore;

/**
 * Published versions never change: the ones read are kept, so that acknowledgements and reminders do not parse the
 * same text again and again.
 *
 * @version $Id$
 */
@Component(roles = VersionCache.class)
@Singleton
public class VersionCache
{
    @Inject
    private JdbcGuidelineStore guidelines;

    private final Map<String, GuidelineVersion> versions = new ConcurrentHashMap<>();

    /**
     * @param connection a connection
     * @param key the guideline
     * @param number the version number
     * @return the version
     * @throws SQLException when the store fails
     * @throws GovException when there is no such version
     */
    public GuidelineVersion get(Connection connection, String key, int number) throws SQLException, GovException
    {
        String cacheKey = key + '#' + number;
        GuidelineVersion cached = this.versions.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        GuidelineVersion version = this.guidelines.findVersion(connection, key, number)
            .orElseThrow(() -> new NotFoundException("gov.policy.error.unknownVersion", key, number));
        this.versions.put(cacheKey, version);
        return version;
    }
}
