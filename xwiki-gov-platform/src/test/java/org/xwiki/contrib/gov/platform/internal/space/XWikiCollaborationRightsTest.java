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

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.test.LogLevel;
import org.xwiki.test.junit5.LogCaptureExtension;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A change of access re-derives the whole space at once; a failure never fails the change, it is logged.
 *
 * @version $Id$
 */
@ComponentTest
class XWikiCollaborationRightsTest
{
    @RegisterExtension
    private LogCaptureExtension logs = new LogCaptureExtension(LogLevel.WARN);

    @InjectMockComponents
    private XWikiCollaborationRights rights;

    @MockComponent
    private SpaceRightsMirror mirror;

    @Test
    void theSpaceIsReDerivedAndAFailureOnlyLogged() throws Exception
    {
        this.rights.accessChanged("DATA", List.of("xwiki:XWiki.hana"));
        verify(this.mirror).mirror("DATA");

        when(this.mirror.mirror("DATA")).thenThrow(new GovException("gov.core.error.store", "down"));
        this.rights.accessChanged("DATA", List.of());

        assertEquals("Cannot mirror the access to cross-agency space DATA into XWiki now, the reconciliation will: "
            + "gov.core.error.store [down]", this.logs.getMessage(0));
    }
}
