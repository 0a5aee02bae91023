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
package org.xwiki.contrib.gov.notification;

import java.util.List;
import java.util.Objects;

/**
 * A message to one person, described by translation keys so that it is rendered in the recipient's language.
 *
 * @param recipientId the id of the user to notify
 * @param subjectKey the translation key of the subject
 * @param bodyKey the translation key of the body
 * @param parameters the values substituted in subject and body
 * @version $Id$
 * @since 1.0
 */
public record Notification(String recipientId, String subjectKey, String bodyKey, List<String> parameters)
{
    /**
     * Checks and copies the fields.
     */
    public Notification
    {
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(subjectKey, "subjectKey");
        Objects.requireNonNull(bodyKey, "bodyKey");
        parameters = List.copyOf(parameters);
    }
}
