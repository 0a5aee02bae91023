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

import javax.inject.Named;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mockito.Mockito.when;

/**
 * The policy's write model is the one of the database the store runs on.
 *
 * @version $Id$
 */
@ComponentTest
class PolicyWritesProviderTest
{
    @InjectMockComponents
    private PolicyWritesProvider provider;

    @MockComponent
    private GovStore store;

    @MockComponent
    @Named("h2")
    private PolicyWrites h2;

    @MockComponent
    @Named("postgresql")
    private PolicyWrites postgresql;

    @Test
    void choosesPostgresqlsWritesOnPostgresql()
    {
        when(this.store.getDatabaseKind()).thenReturn(DatabaseKind.POSTGRESQL);
        assertSame(this.postgresql, this.provider.get());
        assertSame(this.postgresql, this.provider.get());
    }

    @Test
    void choosesH2sWritesOnH2()
    {
        when(this.store.getDatabaseKind()).thenReturn(DatabaseKind.H2);
        assertSame(this.h2, this.provider.get());
    }
}
