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

import java.util.Collection;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.slf4j.Logger;
import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.collaboration.CollaborationRights;

import com.xpn.xwiki.XWikiException;

/**
 * Re-derives a space's XWiki groups and rights as soon as the cross-agency module says someone's access may have
 * changed. A failure is logged and left to {@link SpaceRightsReconciliationTask}.
 *
 * @version $Id$
 */
@Component
@Named("xwiki")
@Singleton
public class XWikiCollaborationRights implements CollaborationRights
{
    @Inject
    private SpaceRightsMirror mirror;

    @Inject
    private Logger logger;

    @Override
    public void accessChanged(String spaceKey, Collection<String> userIds)
    {
        try {
            this.mirror.mirror(spaceKey);
        } catch (GovException | XWikiException e) {
            this.logger.warn("Cannot mirror the access to cross-agency space {} into XWiki now, the reconciliation "
                + "will: {}", spaceKey, e.getMessage());
        }
    }
}
