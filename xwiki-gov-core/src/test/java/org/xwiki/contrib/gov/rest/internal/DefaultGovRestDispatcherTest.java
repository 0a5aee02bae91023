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
package org.xwiki.contrib.gov.rest.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.inject.Named;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.NotFoundException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.rest.GovRestDispatcher;
import org.xwiki.contrib.gov.rest.GovRestHandler;
import org.xwiki.contrib.gov.rest.RestResponse;
import org.xwiki.contrib.gov.rest.RestRoutes;
import org.xwiki.contrib.gov.store.StoreException;
import org.xwiki.test.LogLevel;
import org.xwiki.test.junit5.LogCaptureExtension;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.when;

/**
 * The JSON API's dispatcher: anonymous callers, routes and path variables, body limits, and each refusal's status.
 *
 * @version $Id$
 */
@ComponentTest
class DefaultGovRestDispatcherTest
{
    private static final Actor ALICE = Actor.user("alice", "Alice", Locale.ENGLISH);

    private static final Actor ALICE_FR = Actor.user("alice", "Alice", Locale.FRENCH);

    @RegisterExtension
    private LogCaptureExtension logs = new LogCaptureExtension(LogLevel.ERROR);

    @InjectMockComponents
    private DefaultGovRestDispatcher dispatcher;

    @MockComponent
    @Named("demo")
    private GovRestHandler demo;

    @BeforeEach
    void declareRoutes()
    {
        when(this.demo.routes()).thenReturn(RestRoutes.builder()
            .get("things/{id}", call -> RestResponse.json(200, Map.of("id", call.variable("id"),
                "caller", call.caller().userId().orElse(""))))
            .get("things/{id}/export.{format}", call -> RestResponse.json(200, Map.of("format",
                call.variable("format"))))
            .post("things", call -> RestResponse.json(201, Map.of("body", call.body(), "size",
                call.parameter("size").orElse("none"))))
            .get("denied", call -> {
                throw new AccessDeniedException("demo.op");
            })
            .get("missing", call -> {
                throw new NotFoundException("demo.missing", "x");
            })
            .get("unknown", call -> {
                throw new GovException("demo.unknownThing", "y");
            })
            .get("bad", call -> {
                throw new GovException("gov.core.error.rest.badJson", "z");
            })
            .get("broken", call -> {
                throw new StoreException(new SQLException("gone"), "gov.core.error.store.failure", "08006");
            })
            .notFoundOn("demo.unknownThing")
            .build());
    }

    @Test
    void refusesAnonymousCallersBeforeLookingAnythingUp() throws IOException
    {
        RestResponse answer = get(Actor.anonymous(Locale.ENGLISH), "demo", "things", "1");
        assertEquals(401, answer.status());
        assertTrue(body(answer).contains("\"error\":\"gov.core.error.rest.unauthorized\""), body(answer));
    }

    @Test
    void findsTheRouteAndItsPathVariables() throws IOException
    {
        String answer = body(get(ALICE, "demo", "things", "42"));
        assertTrue(answer.contains("\"id\":\"42\"") && answer.contains("\"caller\":\"alice\""), answer);
        assertTrue(body(get(ALICE, "demo", "things", "42", "export.csv")).contains("\"format\":\"csv\""));
    }

    @Test
    void handsTheBodyAndParametersToThePost() throws IOException
    {
        RestResponse answer = this.dispatcher.dispatch(ALICE, "POST", List.of("demo", "things"),
            Map.of("size", List.of("3")), "application/json", stream("{\"a\":1}"));
        assertEquals(201, answer.status());
        assertTrue(body(answer).contains("\"size\":\"3\""), body(answer));
        assertTrue(body(answer).contains("\"body\":\"{\\\"a\\\":1}\""), body(answer));
    }

    @Test
    void answers404ForAnUnknownModuleRouteOrMethod() throws IOException
    {
        assertError(get(ALICE, "nothing", "things", "1"), 404, "gov.core.error.rest.notFound");
        assertError(get(ALICE, "demo", "things"), 404, "gov.core.error.rest.notFound");
        assertError(get(ALICE, "demo", "things", "1", "export."), 404, "gov.core.error.rest.notFound");
        assertError(this.dispatcher.dispatch(ALICE, "DELETE", List.of("demo", "things", "1"), Map.of(), "",
            stream("")), 404, "gov.core.error.rest.notFound");
        assertError(get(ALICE), 404, "gov.core.error.rest.notFound");
    }

    @Test
    void mapsEachRefusalToItsStatus() throws IOException
    {
        assertError(get(ALICE, "demo", "denied"), 403, "gov.core.error.accessDenied");
        assertError(get(ALICE, "demo", "missing"), 404, "demo.missing");
        assertError(get(ALICE, "demo", "unknown"), 404, "demo.unknownThing");
        assertError(get(ALICE, "demo", "bad"), 400, "gov.core.error.rest.badJson");
        assertError(get(ALICE, "demo", "broken"), 500, "gov.core.error.store.failure");
        assertEquals("Gov store failure in the JSON API", this.logs.getMessage(0));
    }

    @Test
    void translatesTheErrorIntoTheCallersLanguage() throws IOException
    {
        RestResponse answer = get(ALICE_FR, "demo", "bad");
        assertTrue(body(answer).contains("\"message\":\"Le corps de la requ"), body(answer));
        assertTrue(body(answer).contains("\"parameters\":[\"z\"]"), body(answer));
    }

    @Test
    void refusesABodyOverItsTypesLimit() throws IOException
    {
        byte[] large = new byte[GovRestDispatcher.MAX_BODY + 1];
        RestResponse answer = this.dispatcher.dispatch(ALICE, "POST", List.of("demo", "things"), Map.of(),
            "application/json", new ByteArrayInputStream(large));
        assertError(answer, 400, "gov.core.error.rest.tooLarge");
        assertEquals(201, this.dispatcher.dispatch(ALICE, "POST", List.of("demo", "things"), Map.of(),
            "text/csv", new ByteArrayInputStream(large)).status());
    }

    private RestResponse get(Actor caller, String... path)
    {
        return this.dispatcher.dispatch(caller, "GET", List.of(path), Map.of(), "", stream(""));
    }

    private static InputStream stream(String text)
    {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertError(RestResponse answer, int status, String key) throws IOException
    {
        assertEquals(status, answer.status(), body(answer));
        assertTrue(body(answer).startsWith("{\"error\":\"" + key + "\""), body(answer));
    }

    private static String body(RestResponse answer) throws IOException
    {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        answer.body().writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
