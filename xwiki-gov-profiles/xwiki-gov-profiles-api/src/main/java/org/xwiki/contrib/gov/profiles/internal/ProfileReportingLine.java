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
package org.xwiki.contrib.gov.profiles.internal;

import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.slf4j.Logger;
import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.directory.ReportingLine;
import org.xwiki.contrib.gov.store.GovStore;

/**
 * Tells the other modules (policy escalations) who a person's manager is, from the HR-owned profile field.
 *
 * @version $Id$
 */
@Component
@Singleton
public class ProfileReportingLine implements ReportingLine
{
    @Inject
    private GovStore store;

    @Inject
    private JdbcOrgChartReads orgChart;

    @Inject
    private Logger logger;

    @Override
    public Optional<String> getManager(String userId)
    {
        try {
            return this.store.inTransaction(connection -> this.orgChart.findManager(connection, userId));
        } catch (GovException e) {
            this.logger.warn("Cannot read the manager of [{}]: {}", userId, e.getMessage());
            return Optional.empty();
        }
    }
}
