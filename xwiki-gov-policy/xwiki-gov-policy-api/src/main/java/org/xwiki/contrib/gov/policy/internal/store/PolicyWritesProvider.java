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
package org.xwiki.contrib.gov.policy.internal.store;

import java.util.Locale;

import javax.inject.Inject;
import javax.inject.Provider;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.component.manager.ComponentLookupException;
import org.xwiki.component.manager.ComponentManager;
import org.xwiki.contrib.gov.store.GovStore;

/**
 * Chooses the {@link PolicyWrites} of the database the store runs on, once, when first asked.
 *
 * @version $Id$
 */
@Component
@Singleton
public class PolicyWritesProvider implements Provider<PolicyWrites>
{
    @Inject
    private GovStore store;

    @Inject
    private ComponentManager componentManager;

    private volatile PolicyWrites writes;

    @Override
    public PolicyWrites get()
    {
        PolicyWrites chosen = this.writes;
        if (chosen == null) {
            String hint = this.store.getDatabaseKind().name().toLowerCase(Locale.ROOT);
            try {
                chosen = this.componentManager.getInstance(PolicyWrites.class, hint);
            } catch (ComponentLookupException e) {
                throw new IllegalStateException("No policy writes for the database " + hint, e);
            }
            this.writes = chosen;
        }
        return chosen;
    }
}
