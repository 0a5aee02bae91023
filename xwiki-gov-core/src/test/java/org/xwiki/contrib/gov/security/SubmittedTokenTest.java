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
package org.xwiki.contrib.gov.security;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A request submits its CSRF token in its form's body or the header; one naming the token in its URL submits none,
 * even escaped.
 *
 * @version $Id$
 */
class SubmittedTokenTest
{
    @Test
    void theFormsFieldThenTheHeader()
    {
        assertEquals(Optional.of("body"), SubmittedToken.of("a=1", Map.of("form_token", "body")::get,
            Map.of("X-CSRF-Token", "header")::get));
        assertEquals(Optional.of("header"),
            SubmittedToken.of(null, name -> null, Map.of("X-CSRF-Token", "header")::get));
        assertEquals(Optional.empty(), SubmittedToken.of(null, name -> null, name -> null));
    }

    @Test
    void neverFromTheUrl()
    {
        assertEquals(Optional.empty(), SubmittedToken.of("form_token=t", Map.of("form_token", "t")::get,
            Map.of("X-CSRF-Token", "t")::get));
        assertEquals(Optional.empty(), SubmittedToken.of("a=1&form%5Ftoken=t", Map.of("form_token", "t")::get,
            name -> null), "escaped");
        assertEquals(Optional.empty(), SubmittedToken.of("form_token", Map.of("form_token", "")::get, name -> null),
            "without a value");
        assertEquals(Optional.of("t"), SubmittedToken.of("a=%zz&b=1", Map.of("form_token", "t")::get, name -> null),
            "a broken escape elsewhere");
    }
}
