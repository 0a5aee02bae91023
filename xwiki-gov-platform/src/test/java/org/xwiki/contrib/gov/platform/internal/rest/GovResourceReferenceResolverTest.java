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
package org.xwiki.contrib.gov.platform.internal.rest;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.url.ExtendedURL;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A {@code gov} URL keeps its path segments after {@code gov}, without empty ones.
 *
 * @version $Id$
 */
@ComponentTest
class GovResourceReferenceResolverTest
{
    @InjectMockComponents
    private GovResourceReferenceResolver resolver;

    @Test
    void theSegmentsAfterGov() throws Exception
    {
        GovResourceReference reference = this.resolver.resolve(new ExtendedURL(List.of("rest", "policy", "", "mine")),
            GovResourceReference.TYPE, Map.of());

        assertEquals(List.of("rest", "policy", "mine"), reference.getSegments());
        assertEquals(GovResourceReference.TYPE, reference.getType());
    }
}
