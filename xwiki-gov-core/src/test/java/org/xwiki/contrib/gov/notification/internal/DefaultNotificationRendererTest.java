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
package org.xwiki.contrib.gov.notification.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.directory.WikiDirectory;
import org.xwiki.contrib.gov.notification.Notification;
import org.xwiki.contrib.gov.notification.RenderedNotification;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.when;

/**
 * A notification is rendered in its recipient's language, to their address; an unknown recipient, or one without an
 * address, is an error rather than a message sent nowhere.
 *
 * @version $Id$
 */
@ComponentTest
class DefaultNotificationRendererTest
{
    private static final Notification NOTICE = new Notification("hana", "gov.core.error.user.unknown",
        "gov.core.error.user.noEmail", List.of("ada"));

    @InjectMockComponents
    private DefaultNotificationRenderer renderer;

    @MockComponent
    private WikiDirectory directory;

    @Test
    void rendersInTheRecipientsLanguageToTheirAddress() throws Exception
    {
        when(this.directory.userExists("hana")).thenReturn(true);
        when(this.directory.getEmail("hana")).thenReturn(Optional.of("hana@health.example"));
        when(this.directory.getLocale("hana")).thenReturn(Optional.of(Locale.FRENCH));

        assertEquals(new RenderedNotification("hana", "hana@health.example",
            "Il n\u2019y a pas d\u2019utilisateur \u00ab ada \u00bb dans ce wiki.",
            "L\u2019utilisateur ada n\u2019a pas d\u2019adresse courriel : la notification ne peut pas \u00eatre "
                + "livr\u00e9e."),
            this.renderer.render(NOTICE));
    }

    @Test
    void englishWhenTheRecipientHasNoLanguage() throws Exception
    {
        when(this.directory.userExists("hana")).thenReturn(true);
        when(this.directory.getEmail("hana")).thenReturn(Optional.of("hana@health.example"));
        when(this.directory.getLocale("hana")).thenReturn(Optional.empty());

        assertEquals("There is no user \"ada\" in this wiki.", this.renderer.render(NOTICE).subject());
    }

    @Test
    void anUnknownRecipientOrOneWithoutAnAddressIsAnError()
    {
        assertEquals("gov.core.error.user.unknown",
            assertThrows(GovException.class, () -> this.renderer.render(NOTICE)).getMessageKey());

        when(this.directory.userExists("hana")).thenReturn(true);
        when(this.directory.getEmail("hana")).thenReturn(Optional.of(" "));
        assertEquals("gov.core.error.user.noEmail",
            assertThrows(GovException.class, () -> this.renderer.render(NOTICE)).getMessageKey());
    }
}
