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
package org.xwiki.contrib.gov.sandbox.web;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The title a page gets from its first heading: text only, entities decoded once (the layout escapes it again).
 *
 * @version $Id$
 */
class PageTitleTest
{
    @Test
    void takesTheTextOfTheFirstHeading()
    {
        assertEquals(Optional.of("Code of conduct <v2> & {{x}}"), PageTitle.of("<div><h1 lang=\"en\">Code of "
            + "<em>conduct</em> &#60;v2&#62; &amp; &#123;&#123;x}}</h1><h1>Other</h1></div>"));
        assertEquals(Optional.of("Politique"), PageTitle.of("<h1>\n  Politique\n</h1>"));
    }

    @Test
    void givesNothingForAPageWithoutHeading()
    {
        assertEquals(Optional.empty(), PageTitle.of("<p>No heading</p>"));
        assertEquals(Optional.empty(), PageTitle.of("<h1><span></span></h1>"));
    }
}
