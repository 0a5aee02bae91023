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
package org.xwiki.contrib.gov.crossagency.internal.input;

import java.util.Optional;
import java.util.function.UnaryOperator;

import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.crossagency.MembershipPolicy;
import org.xwiki.contrib.gov.crossagency.SpaceQuery;
import org.xwiki.contrib.gov.input.Inputs;

/**
 * Reads a directory search from a request's parameters ({@code q}, {@code agency}, {@code label}, {@code policy},
 * {@code offset}, {@code limit}), for the page and the JSON API alike. A blank parameter is no filter.
 *
 * @version $Id$
 */
public final class SpaceQueries
{
    /** The page size when the request gives none. */
    public static final int DEFAULT_LIMIT = 20;

    private SpaceQueries()
    {
    }

    /**
     * @param parameter the request's value of a parameter, {@code null} when absent
     * @return the search
     * @throws GovException when the policy, offset or limit is not valid
     */
    public static SpaceQuery read(UnaryOperator<String> parameter) throws GovException
    {
        Optional<String> policyName = Inputs.optional(parameter.apply("policy"));
        Optional<MembershipPolicy> policy =
            policyName.isPresent() ? Optional.of(CharterFields.policy(policyName.get())) : Optional.empty();
        int offset = Inputs.integer(parameter.apply("offset"),
            () -> new GovException("gov.crossagency.field.offset.invalid")).orElse(0);
        int limit = Inputs.integer(parameter.apply("limit"),
            () -> new GovException("gov.crossagency.field.limit.invalid", SpaceQuery.MAX_LIMIT)).orElse(DEFAULT_LIMIT);
        return new SpaceQuery(Inputs.optional(parameter.apply("q")), Inputs.optional(parameter.apply("agency")),
            Inputs.optional(parameter.apply("label")), policy, offset, limit);
    }
}
