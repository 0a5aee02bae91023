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

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.authorization.GovAuthorization;
import org.xwiki.contrib.gov.crossagency.CrossAgencyOperations;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The rules of {@link DefaultCharterAmendmentService} checked before anything is read: a decision needs the right on
 * the agency, a proposal a signed-in steward.
 *
 * @version $Id$
 */
@ComponentTest
class DefaultCharterAmendmentServiceTest
{
    private static final Actor OMAR = Actor.user("omar", "Omar", Locale.ENGLISH);

    @InjectMockComponents
    private DefaultCharterAmendmentService service;

    @MockComponent
    private GovStore store;

    @MockComponent
    private GovAuthorization authorization;

    @Test
    void theRightOnTheAgencyIsCheckedBeforeTheSpaceIsRead() throws Exception
    {
        doThrow(new AccessDeniedException("crossagency.space.decide")).when(this.authorization).check(OMAR,
            CrossAgencyOperations.DECIDE_FOR_AGENCY, Optional.of("REVENUE"));

        assertThrows(AccessDeniedException.class, () -> this.service.decide(OMAR, "S", "REVENUE", true, ""));
        assertThrows(AccessDeniedException.class, () -> this.service.propose(Actor.anonymous(Locale.ENGLISH), "S",
            List.of(), Optional.of("PROTECTED_A")));
        verifyNoInteractions(this.store);
    }
}
