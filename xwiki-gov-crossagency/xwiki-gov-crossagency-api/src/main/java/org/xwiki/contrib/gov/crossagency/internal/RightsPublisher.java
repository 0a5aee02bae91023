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
package org.xwiki.contrib.gov.crossagency.internal;

import java.util.Collection;
import java.util.List;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.slf4j.Logger;
import org.xwiki.component.annotation.Component;
import org.xwiki.component.manager.ComponentLookupException;
import org.xwiki.component.manager.ComponentManager;
import org.xwiki.contrib.gov.collaboration.CollaborationRights;

/**
 * Tells the hosts that mirror access to spaces' content ({@link CollaborationRights}) that someone's access may have
 * changed. A host that fails is logged, never allowed to fail the change: its reconciliation repairs what it missed.
 *
 * @version $Id$
 */
@Component(roles = RightsPublisher.class)
@Singleton
public class RightsPublisher
{
    @Inject
    private ComponentManager componentManager;

    @Inject
    private Logger logger;

    /**
     * @param spaceKey the space
     * @param userIds the people whose access may have changed; empty for everyone in the space
     */
    public void changed(String spaceKey, Collection<String> userIds)
    {
        List<CollaborationRights> hosts;
        try {
            hosts = this.componentManager.getInstanceList(CollaborationRights.class);
        } catch (ComponentLookupException e) {
            this.logger.error("Cannot look up the hosts mirroring access to space {}", spaceKey, e);
            return;
        }
        for (CollaborationRights host : hosts) {
            try {
                host.accessChanged(spaceKey, List.copyOf(userIds));
            } catch (RuntimeException e) {
                this.logger.warn("A host could not mirror the access to space {}: {}", spaceKey, e.getMessage());
            }
        }
    }
}
