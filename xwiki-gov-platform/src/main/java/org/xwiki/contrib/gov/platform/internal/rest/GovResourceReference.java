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

import org.xwiki.resource.AbstractResourceReference;
import org.xwiki.resource.ResourceType;

/**
 * A request for {@code /xwiki/gov/...}: the path segments after {@code gov}, decoded.
 *
 * @version $Id$
 */
public class GovResourceReference extends AbstractResourceReference
{
    /** The resource type, the URL's first segment after XWiki's context path. */
    public static final ResourceType TYPE = new ResourceType("gov");

    private final List<String> segments;

    /**
     * @param segments the path segments after {@code gov}
     */
    public GovResourceReference(List<String> segments)
    {
        setType(TYPE);
        this.segments = List.copyOf(segments);
    }

    /**
     * @return the path segments after {@code gov}
     */
    public List<String> getSegments()
    {
        return this.segments;
    }
}
