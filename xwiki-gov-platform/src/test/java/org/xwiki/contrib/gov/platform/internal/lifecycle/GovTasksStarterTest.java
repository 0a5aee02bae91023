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
package org.xwiki.contrib.gov.platform.internal.lifecycle;

import javax.inject.Provider;

import org.junit.jupiter.api.Test;
import org.xwiki.bridge.event.ApplicationReadyEvent;
import org.xwiki.contrib.gov.task.GovTaskScheduler;
import org.xwiki.extension.event.ExtensionInstalledEvent;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The background tasks start when XWiki is ready, or when the extensions are installed into a running wiki.
 *
 * @version $Id$
 */
@ComponentTest
class GovTasksStarterTest
{
    @InjectMockComponents
    private GovTasksStarter starter;

    @MockComponent
    private Provider<GovTaskScheduler> schedulers;

    @Test
    void startsOnXWikiReadyAndOnInstall()
    {
        GovTaskScheduler scheduler = mock(GovTaskScheduler.class);
        when(this.schedulers.get()).thenReturn(scheduler);
        assertEquals(2, this.starter.getEvents().size());

        this.starter.onEvent(new ApplicationReadyEvent(), null, null);
        this.starter.onEvent(new ExtensionInstalledEvent(null, null), null, null);

        verify(scheduler, times(2)).start();
    }
}
