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

import java.util.List;

/**
 * What "my spaces" shows a person: the spaces they are in, invited to, asking to join or suspended from, and, for an
 * agency administrator, the proposals waiting for their agency's decision.
 *
 * @param spaces the person's spaces, by name in their language
 * @param awaitingDecision the proposed spaces, and the spaces with a charter change, waiting for a decision of an
 *     agency the person administers
 * @version $Id$
 * @since 1.0
 */
public record MySpaces(List<MySpace> spaces, List<SpaceSummary> awaitingDecision)
{
    /**
     * Copies the lists.
     */
    public MySpaces
    {
        spaces = List.copyOf(spaces);
        awaitingDecision = List.copyOf(awaitingDecision);
    }
}
