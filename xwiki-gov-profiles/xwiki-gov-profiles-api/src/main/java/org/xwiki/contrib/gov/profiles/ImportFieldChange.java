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
package org.xwiki.contrib.gov.profiles;

import java.util.Objects;
import java.util.Optional;

/**
 * One value an HR import would change on a person, from what to what.
 *
 * @param field the value
 * @param before what it is now: a key or user id for {@link ImportedField#AGENCY}, {@link ImportedField#UNIT} and
 *     {@link ImportedField#MANAGER}, {@code true} or {@code false} for {@link ImportedField#ACTIVE}; empty when unset
 *     or when the person has no profile yet
 * @param after what the import makes it, in the same form; empty when the import clears it
 * @version $Id$
 * @since 1.0
 */
public record ImportFieldChange(ImportedField field, Optional<String> before, Optional<String> after)
{
    /**
     * Checks the fields.
     */
    public ImportFieldChange
    {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
