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
import java.util.List;

import javax.inject.Named;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.xwiki.configuration.ConfigurationSource;
import org.xwiki.contrib.gov.collaboration.CollaborationSpaces;
import org.xwiki.test.LogLevel;
import org.xwiki.test.junit5.LogCaptureExtension;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import com.xpn.xwiki.XWikiException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Every space is re-derived at each round; a space that differed is reported, one XWiki fails to save does not stop
 * the others.
 *
 * @version $Id$
 */
@ComponentTest
class SpaceRightsReconciliationTaskTest
{
    @RegisterExtension
    private LogCaptureExtension logs = new LogCaptureExtension(LogLevel.WARN);

    @InjectMockComponents
    private SpaceRightsReconciliationTask task;

    @MockComponent
    private CollaborationSpaces spaces;

    @MockComponent
    private SpaceRightsMirror mirror;

    @MockComponent
    @Named("xwikiproperties")
    private ConfigurationSource configuration;

    @Test
    void everySpaceReDerivedAndEachDifferenceReported() throws Exception
    {
        when(this.spaces.listSpaces()).thenReturn(List.of("BROKEN", "DATA", "EDITED"));
        when(this.mirror.mirror("BROKEN")).thenThrow(new XWikiException());
        when(this.mirror.mirror("EDITED")).thenReturn(true);

        this.task.run();

        verify(this.mirror).mirror("DATA");
        assertEquals(2, this.logs.size());
        assertEquals("Cannot reconcile the XWiki rights of cross-agency space BROKEN: "
            + new XWikiException().getMessage(), this.logs.getMessage(0));
        assertEquals("The XWiki groups or rights of cross-agency space EDITED differed from its members (edited by "
            + "hand, or a change not mirrored): re-derived from the spaces' tables", this.logs.getMessage(1));
    }

    @Test
    void theIntervalIsConfiguredInMinutes()
    {
        when(this.configuration.getProperty("gov.platform.reconciliationMinutes", 15)).thenReturn(5);
        assertEquals(Duration.ofMinutes(5), this.task.getInterval());

        when(this.configuration.getProperty("gov.platform.reconciliationMinutes", 15)).thenReturn(0);
        assertEquals(Duration.ofMinutes(1), this.task.getInterval(), "at least a minute");
    }
}
