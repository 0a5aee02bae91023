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
package org.xwiki.contrib.gov.platform.internal.space;

import java.time.Duration;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.slf4j.Logger;
import org.xwiki.component.annotation.Component;
import org.xwiki.configuration.ConfigurationSource;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.collaboration.CollaborationSpaces;
import org.xwiki.contrib.gov.task.GovTask;

import com.xpn.xwiki.XWikiException;

/**
 * Re-derives every cross-agency space's XWiki groups and rights from the spaces' tables, every
 * {@code gov.platform.reconciliationMinutes} (15 by default): repairs a change the binding missed and undoes rights or
 * members edited by hand, saying so in the log.
 *
 * @version $Id$
 */
@Component
@Named("spaceRightsReconciliation")
@Singleton
public class SpaceRightsReconciliationTask implements GovTask
{
    private static final int DEFAULT_MINUTES = 15;

    @Inject
    private CollaborationSpaces spaces;

    @Inject
    private SpaceRightsMirror mirror;

    @Inject
    @Named("xwikiproperties")
    private ConfigurationSource configuration;

    @Inject
    private Logger logger;

    @Override
    public Duration getInterval()
    {
        return Duration.ofMinutes(Math.max(1, this.configuration.getProperty("gov.platform.reconciliationMinutes",
            DEFAULT_MINUTES)));
    }

    @Override
    public void run() throws GovException
    {
        for (String spaceKey : this.spaces.listSpaces()) {
            try {
                if (this.mirror.mirror(spaceKey)) {
                    this.logger.warn("The XWiki groups or rights of cross-agency space {} differed from its members "
                        + "(edited by hand, or a change not mirrored): re-derived from the spaces' tables", spaceKey);
                }
            } catch (XWikiException e) {
                this.logger.error("Cannot reconcile the XWiki rights of cross-agency space {}: {}", spaceKey,
                    e.getMessage(), e);
            }
        }
    }
}
