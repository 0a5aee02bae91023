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

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.crossagency.GuestAccess;
import org.xwiki.contrib.gov.crossagency.MembershipPolicy;
import org.xwiki.contrib.gov.crossagency.SpaceCharter;
import org.xwiki.contrib.gov.crossagency.SpaceService;
import org.xwiki.contrib.gov.input.Inputs;
import org.xwiki.contrib.gov.input.RequestParameters;

/**
 * Reads the values of a charter (and of a guest's terms) that come as text, from the JSON API or from the forms, with
 * the same refusals; the service checks the rest.
 *
 * @version $Id$
 */
public final class CharterFields
{
    /** The access-review interval when none is given, in days. */
    public static final int DEFAULT_REVIEW_DAYS = 90;

    private static final String FIELD = "gov.crossagency.field.";

    private CharterFields()
    {
    }

    /**
     * @param value a membership policy's name, in any case
     * @return the policy
     * @throws GovException when it names none
     */
    public static MembershipPolicy policy(String value) throws GovException
    {
        return named(MembershipPolicy.class, value, "policy");
    }

    /**
     * @param value a guest access's name, in any case
     * @return the access
     * @throws GovException when it names none
     */
    public static GuestAccess guestAccess(String value) throws GovException
    {
        return named(GuestAccess.class, value, "access");
    }

    private static <E extends Enum<E>> E named(Class<E> type, String value, String field) throws GovException
    {
        String name = Inputs.text(value).strip().toUpperCase(Locale.ROOT);
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new GovException(FIELD + field + ".invalid", name);
        }
    }

    /**
     * @param value an ISO date ({@code 2027-06-30}), or blank
     * @return the date, empty when blank
     * @throws GovException when it is not a date
     */
    public static Optional<LocalDate> endDate(String value) throws GovException
    {
        Optional<String> end = Inputs.optional(value);
        try {
            return end.isPresent() ? Optional.of(LocalDate.parse(end.get())) : Optional.empty();
        } catch (DateTimeParseException e) {
            throw new GovException(FIELD + "endDate.invalid", end.get());
        }
    }

    /**
     * Reads the proposal form: {@code key}, {@code nameEn}, {@code nameFr}, {@code purposeEn}, {@code purposeFr},
     * {@code leadAgency}, {@code agencies} (one value per agency), {@code stewards} (user ids separated by commas,
     * spaces or lines), {@code label}, {@code policy}, {@code reviewIntervalDays} (blank for the default) and
     * {@code endDate} (blank for none), {@code guidelines} (keys separated like the stewards, blank for none).
     *
     * @param parameters the form's parameters
     * @return the charter, to be checked by the service
     * @throws GovException when the policy, the interval or the end date has the wrong form
     */
    public static SpaceCharter fromForm(Map<String, ?> parameters) throws GovException
    {
        String days = RequestParameters.first(parameters, "reviewIntervalDays");
        int reviewDays = Inputs.integer(days, () -> new GovException(FIELD + "reviewInterval.invalid",
            SpaceService.MAX_REVIEW_DAYS)).orElse(DEFAULT_REVIEW_DAYS);
        List<String> stewards = list(RequestParameters.first(parameters, "stewards"));
        return new SpaceCharter(RequestParameters.first(parameters, "key").strip(),
            new Bilingual(RequestParameters.first(parameters, "nameEn"), RequestParameters.first(parameters,
                "nameFr")), new Bilingual(RequestParameters.first(parameters, "purposeEn"),
                    RequestParameters.first(parameters, "purposeFr")), RequestParameters.first(parameters,
                        "leadAgency"), RequestParameters.all(parameters, "agencies"), stewards,
            RequestParameters.first(parameters, "label"), policy(RequestParameters.first(parameters, "policy")),
            reviewDays, endDate(RequestParameters.first(parameters, "endDate")),
            list(RequestParameters.first(parameters, "guidelines")));
    }

    private static List<String> list(String values)
    {
        return Arrays.stream(values.split("[\\s,;]+")).filter(value -> !value.isEmpty()).toList();
    }
}
