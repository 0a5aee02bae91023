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
package org.xwiki.contrib.gov.test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.script.ScriptResult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Operation &times; persona &rarr; allowed or denied. Each module lists its operations as rows; every row is tried by
 * every {@link Persona} on a world built by {@link GovWorld}, and each cell becomes one test. An allowed persona must
 * succeed; a denied one must get {@value #DENIED} and nothing else.
 *
 * @version $Id$
 */
public final class AuthorizationMatrix
{
    /** The message key of a refusal for lack of rights. */
    public static final String DENIED = "gov.core.error.accessDenied";

    /**
     * What a persona attempts.
     */
    @FunctionalInterface
    public interface Attempt
    {
        /**
         * @param persona who attempts it; actions that change something use the persona to pick their own target,
         *     so that the cells of a row do not interfere
         * @throws GovException when refused
         * @throws Exception when it fails otherwise (the cell fails)
         */
        void run(Persona persona) throws Exception;
    }

    private record Row(String operation, Set<Persona> allowed, Set<String> refusals, Attempt attempt)
    {
    }

    private final TestKernel kernel;

    private final List<Row> rows = new ArrayList<>();

    /**
     * @param kernel the kernel the attempts run on; each attempt is made with the persona as the current actor
     */
    public AuthorizationMatrix(TestKernel kernel)
    {
        this.kernel = kernel;
    }

    /**
     * @param operation the name of the row
     * @param allowed the personas who may
     * @param attempt what each persona attempts
     * @return this matrix
     */
    public AuthorizationMatrix row(String operation, Set<Persona> allowed, Attempt attempt)
    {
        return row(operation, allowed, Set.of(), attempt);
    }

    /**
     * A row whose denied personas may also be refused for a reason of the domain rather than their rights (a person
     * with nothing to acknowledge is told so).
     *
     * @param operation the name of the row
     * @param allowed the personas who may
     * @param refusals the message keys that count as a denial besides {@value #DENIED}
     * @param attempt what each persona attempts
     * @return this matrix
     */
    public AuthorizationMatrix row(String operation, Set<Persona> allowed, Set<String> refusals, Attempt attempt)
    {
        this.rows.add(new Row(operation, allowed.isEmpty() ? EnumSet.noneOf(Persona.class) : EnumSet.copyOf(allowed),
            Set.copyOf(refusals), attempt));
        return this;
    }

    /**
     * @return one test per cell, named {@code operation × persona → allowed|denied}
     */
    public Stream<DynamicTest> tests()
    {
        return this.rows.stream().flatMap(row -> Stream.of(Persona.values()).map(persona -> {
            boolean allowed = row.allowed().contains(persona);
            String name = row.operation() + " \u00d7 " + persona + " \u2192 " + (allowed ? "allowed" : "denied");
            return DynamicTest.dynamicTest(name, () -> check(row, persona, allowed));
        }));
    }

    private void check(Row row, Persona persona, boolean allowed) throws Exception
    {
        this.kernel.request().setActor(persona.actor());
        try {
            row.attempt().run(persona);
            if (!allowed) {
                fail(persona + " was allowed to " + row.operation());
            }
        } catch (GovException e) {
            if (allowed) {
                fail(persona + " was refused " + row.operation() + ": " + e.getMessage(), e);
            }
            if (!row.refusals().contains(e.getMessageKey())) {
                assertEquals(DENIED, e.getMessageKey(),
                    persona + " was refused for another reason: " + e.getMessage());
            }
        }
    }

    /**
     * @param result the result of a script service call
     * @throws GovException the call's failure, if it failed
     */
    public static void orThrow(ScriptResult result) throws GovException
    {
        if (!result.ok()) {
            throw new GovException(result.messageKey(), result.parameters().toArray());
        }
    }
}
