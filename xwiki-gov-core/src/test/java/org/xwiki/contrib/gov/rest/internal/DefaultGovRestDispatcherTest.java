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
import java.util.concurrent.atomic.AtomicLong;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.inject.Named;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.xwiki.configuration.ConfigurationSource;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.NotFoundException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.rest.GovRestHandler;
import org.xwiki.contrib.gov.rest.RestBody;
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

    @MockComponent
    @Named("xwikiproperties")
    private ConfigurationSource configuration;

    /** How many bytes of an upload's body the demo route read. */
    private final AtomicLong uploaded = new AtomicLong();

    @BeforeEach
    void declareRoutes()
    {
        when(this.configuration.getProperty("gov.rest.maxBodyKilobytes", 1024L)).thenReturn(1L);
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
            .post("refused", call -> {
                throw new AccessDeniedException("demo.op");
            })
            .upload("uploads", () -> 4096, call -> {
                try (InputStream in = call.contentStream()) {
                    this.uploaded.set(in.readAllBytes().length);
                } catch (IOException e) {
                    throw new GovException(e, "demo.unreadable");
                }
                return RestResponse.json(201, Map.of());
            })
            .notFoundOn("demo.unknownThing")
            .build());
    }

    @Test
    void refusesAnonymousCallersBeforeLookingAnythingUp()
    {
        RestResponse answer = get(Actor.anonymous(Locale.ENGLISH), "demo", "things", "1");
        assertEquals(401, answer.status());
        assertTrue(body(answer).contains("\"error\":\"gov.core.error.rest.unauthorized\""), body(answer));
    }

    @Test
    void findsTheRouteAndItsPathVariables()
    {
        String answer = body(get(ALICE, "demo", "things", "42"));
        assertTrue(answer.contains("\"id\":\"42\"") && answer.contains("\"caller\":\"alice\""), answer);
        assertTrue(body(get(ALICE, "demo", "things", "42", "export.csv")).contains("\"format\":\"csv\""));
    }

    @Test
    void handsTheBodyAndParametersToThePost()
    {
        RestResponse answer = this.dispatcher.dispatch(ALICE, "POST", List.of("demo", "things"),
            Map.of("size", List.of("3")), json("{\"a\":1}"));
        assertEquals(201, answer.status());
        assertTrue(body(answer).contains("\"size\":\"3\""), body(answer));
        assertTrue(body(answer).contains("\"body\":\"{\\\"a\\\":1}\""), body(answer));
    }

    @Test
    void answers404ForAnUnknownModuleRouteOrMethod()
    {
        assertError(get(ALICE, "nothing", "things", "1"), 404, "gov.core.error.rest.notFound");
        assertError(get(ALICE, "demo", "things"), 404, "gov.core.error.rest.notFound");
        assertError(get(ALICE, "demo", "things", "1", "export."), 404, "gov.core.error.rest.notFound");
        assertError(this.dispatcher.dispatch(ALICE, "DELETE", List.of("demo", "things", "1"), Map.of(),
            json("")), 404, "gov.core.error.rest.notFound");
        assertError(get(ALICE), 404, "gov.core.error.rest.notFound");
    }

    @Test
    void mapsEachRefusalToItsStatus()
    {
        assertError(get(ALICE, "demo", "denied"), 403, "gov.core.error.accessDenied");
        assertError(get(ALICE, "demo", "missing"), 404, "demo.missing");
        assertError(get(ALICE, "demo", "unknown"), 404, "demo.unknownThing");
        assertError(get(ALICE, "demo", "bad"), 400, "gov.core.error.rest.badJson");
        assertError(get(ALICE, "demo", "broken"), 500, "gov.core.error.store.failure");
        assertEquals("Gov store failure in the JSON API", this.logs.getMessage(0));
    }

    @Test
    void translatesTheErrorIntoTheCallersLanguage()
    {
        RestResponse answer = get(ALICE_FR, "demo", "bad");
        assertTrue(body(answer).contains("\"message\":\"Le corps de la requ"), body(answer));
        assertTrue(body(answer).contains("\"parameters\":[\"z\"]"), body(answer));
    }

    @Test
    void refusesABodyAnnouncedOverTheLimitWithoutReadingIt()
    {
        assertError(post("things", 1025, unreadable()), 413, "gov.core.error.rest.tooLarge");
        assertError(post("uploads", 4097, unreadable()), 413, "gov.core.error.rest.tooLarge");
        assertEquals(0, this.uploaded.get());
    }

    @Test
    void refusesABodyThatGoesOnPastTheLimitWithoutAnnouncingIt()
    {
        assertError(post("things", -1, new ByteArrayInputStream(new byte[1025])), 413,
            "gov.core.error.rest.tooLarge");
        assertEquals(201, post("things", -1, new ByteArrayInputStream(new byte[1024])).status());
        assertError(post("uploads", -1, new ByteArrayInputStream(new byte[4097])), 400, "demo.unreadable");
    }

    @Test
    void anUploadRouteTakesItsOwnLimit()
    {
        assertEquals(201, post("uploads", 4096, new ByteArrayInputStream(new byte[4096])).status());
        assertEquals(4096, this.uploaded.get());
    }

    @Test
    void aRefusedCallReadsNothingOfItsBody()
    {
        assertError(post("refused", 512, unreadable()), 403, "gov.core.error.accessDenied");
    }

    private RestResponse post(String route, long length, InputStream body)
    {
        return this.dispatcher.dispatch(ALICE, "POST", List.of("demo", route), Map.of(),
            RestBody.of("application/octet-stream", length, body));
    }

    private static RestBody json(String text)
    {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        return RestBody.of("application/json", content.length, new ByteArrayInputStream(content));
    }

    /** A body whose first read fails the test: the dispatcher must not read it. */
    private static InputStream unreadable()
    {
        return new InputStream()
        {
            @Override
            public int read()
            {
                throw new AssertionError("the body was read");
            }
        };
    }

    private RestResponse get(Actor caller, String... path)
    {
        return this.dispatcher.dispatch(caller, "GET", List.of(path), Map.of(), json(""));
    }

    private static void assertError(RestResponse answer, int status, String key)
    {
        assertEquals(status, answer.status(), body(answer));
        assertTrue(body(answer).startsWith("{\"error\":\"" + key + "\""), body(answer));
    }

    private static String body(RestResponse answer)
    {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            answer.body().writeTo(out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
