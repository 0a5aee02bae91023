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

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.authorization.DeactivatedPeople;
import org.xwiki.contrib.gov.store.GovStore;

/**
 * A person whose profile HR deactivated has no access to the extensions' data: the kernel's authorization asks here.
 *
 * @version $Id$
 */
@Component
@Named("profiles")
@Singleton
public class ProfileDeactivations implements DeactivatedPeople
{
    @Inject
    private GovStore store;

    @Inject
    private JdbcProfileStore profiles;

    @Override
    public boolean isDeactivated(String userId) throws GovException
    {
        return this.store.inTransaction(connection -> this.profiles.isDeactivated(connection, userId));
    }
}
