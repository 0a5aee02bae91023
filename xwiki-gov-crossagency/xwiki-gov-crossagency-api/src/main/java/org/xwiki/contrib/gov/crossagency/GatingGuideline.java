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
package org.xwiki.contrib.gov.crossagency;

import java.util.Objects;
import java.util.Optional;

import org.xwiki.contrib.gov.Bilingual;

/**
 * A guideline a space's members acknowledge before they see its content, as one person stands with it.
 *
 * @param key the guideline's key
 * @param title its current title, when it is still published
 * @param passed whether the person passes it (acknowledged, or still within the due date of a new major version)
 * @version $Id$
 * @since 1.0
 */
public record GatingGuideline(String key, Optional<Bilingual> title, boolean passed)
{
    /**
     * Checks the fields.
     */
    public GatingGuideline
    {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
    }
}
