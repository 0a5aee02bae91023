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
package org.xwiki.contrib.gov.sandbox;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cross-agency spaces over HTTP in the sandbox: proposed by a public servant, approved by an administrator of each
 * agency, joined, archived by a steward; refusals answered 400, 401, 403 and 404 as the dispatcher maps them.
 *
 * @version $Id$
 */
class CrossAgencyHttpTest extends AbstractSandboxHttpTest
{
    private static final String API = "/gov/rest/crossagency/";

    private static final String CHARTER = "{\"key\":\"DATA_TASK_FORCE\",\"name\":{\"en\":\"Data task force\","
        + "\"fr\":\"Groupe de travail sur les donn\u00e9es\"},\"purpose\":{\"en\":\"Share <b>data</b> practices.\","
        + "\"fr\":\"Partager les pratiques.\"},\"leadAgency\":\"HEALTH\",\"agencies\":[\"HEALTH\",\"DIGITAL\"],"
        + "\"stewards\":[\"alice\",\"ada\"],\"label\":\"UNCLASSIFIED\",\"policy\":\"open\"}";

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aSpaceIsProposedApprovedByEachAgencyAndArchivedByASteward() throws Exception
    {
        SandboxClient client = client();
        HttpResponse<String> proposed = client.send("POST", API + "spaces", CHARTER, headers("alice"));
        assertEquals(201, proposed.statusCode(), proposed.body());
        JsonNode space = this.json.readTree(proposed.body());
        assertEquals("PROPOSED", space.path("status").asText());
        assertEquals("Share <b>data</b> practices.", space.path("charter").path("purpose").path("english").asText(),
            "kept as the text it is");
        assertEquals(90, space.path("charter").path("reviewIntervalDays").asInt());

        assertEquals(403, client.send("POST", API + "spaces/DATA_TASK_FORCE/agencies/HEALTH/approve", "",
            headers("ada")).statusCode(), "ada administers DIGITAL, not HEALTH");
        assertEquals(200, client.send("POST", API + "spaces/DATA_TASK_FORCE/agencies/DIGITAL/approve", "",
            headers("ada")).statusCode());
        HttpResponse<String> active = client.send("POST", API + "spaces/DATA_TASK_FORCE/agencies/HEALTH/approve",
            "", headers("gov"));
        assertEquals("ACTIVE", this.json.readTree(active.body()).path("status").asText(), active.body());

        HttpResponse<String> joined = client.send("POST", API + "spaces/DATA_TASK_FORCE/join", "", headers("hana"));
        assertEquals("ACTIVE", this.json.readTree(joined.body()).path("state").asText(), joined.body());
        JsonNode members = this.json.readTree(client.send("GET", API + "spaces/DATA_TASK_FORCE/members", null,
            basic("hana", "demo")).body());
        assertEquals(3, members.size(), members.toString());
        assertEquals("STEWARD", members.get(0).path("role").asText());
        assertEquals(404, client.send("POST", API + "spaces/DATA_TASK_FORCE/join", "", headers("raj")).statusCode(),
            "REVENUE does not take part: the space is not there for raj");

        HttpResponse<String> archived = client.send("POST", API + "spaces/DATA_TASK_FORCE/archive", "",
            headers("alice"));
        assertEquals("ARCHIVED", this.json.readTree(archived.body()).path("status").asText(), archived.body());
        HttpResponse<String> twice = client.send("POST", API + "spaces/DATA_TASK_FORCE/archive", "",
            headers("alice"));
        assertEquals(400, twice.statusCode());
        assertEquals("gov.crossagency.error.notActive", this.json.readTree(twice.body()).path("error").asText());
    }

    @Test
    void theDirectoryAndMySpacesListWhatEachPersonMaySee() throws Exception
    {
        SandboxClient client = client();
        assertEquals(201, client.send("POST", API + "spaces", CHARTER.replace("DATA_TASK_FORCE", "LISTED_SPACE"),
            headers("alice")).statusCode());
        JsonNode waiting = this.json.readTree(client.send("GET", API + "my-spaces", null, basic("ada", "demo"))
            .body());
        assertEquals("LISTED_SPACE", waiting.path("awaitingDecision").path(0).path("key").asText(), waiting.toString());
        client.send("POST", API + "spaces/LISTED_SPACE/agencies/DIGITAL/approve", "", headers("ada"));
        client.send("POST", API + "spaces/LISTED_SPACE/agencies/HEALTH/approve", "", headers("gov"));

        JsonNode found = this.json.readTree(client.send("GET", API + "spaces?q=task+force&policy=open", null,
            basic("hana", "demo")).body());
        assertEquals(1, found.path("total").asInt(), found.toString());
        assertEquals(List.of("HEALTH", "DIGITAL"), List.of(found.path("spaces").path(0).path("agencies").path(0)
            .asText(), found.path("spaces").path(0).path("agencies").path(1).asText()));
        assertEquals(0, this.json.readTree(client.send("GET", API + "spaces?q=task+force", null,
            basic("raj", "demo")).body()).path("total").asInt(), "REVENUE takes no part: not listed, not counted");

        JsonNode mine = this.json.readTree(client.send("GET", API + "my-spaces", null, basic("alice", "demo")).body());
        assertEquals("STEWARD", mine.path("spaces").path(0).path("role").asText(), mine.toString());
        HttpResponse<String> badPolicy = client.send("GET", API + "spaces?policy=secret", null, basic("hana", "demo"));
        assertEquals(400, badPolicy.statusCode());
        assertEquals("gov.crossagency.field.policy.invalid", this.json.readTree(badPolicy.body()).path("error")
            .asText());
        assertEquals(401, client.send("GET", API + "my-spaces", null, Map.of()).statusCode());
    }

    @Test
    void stewardsAndAdministratorsRunTheSpaceThroughTheApi() throws Exception
    {
        SandboxClient client = client();
        // Named apart from the other tests' spaces: the sandbox is shared, and they search for "task force".
        String charter = CHARTER.replace("DATA_TASK_FORCE", "RUN_SPACE").replace("Data task force", "Operations room")
            .replace("Groupe de travail sur les donn\u00e9es", "Salle des op\u00e9rations")
            .replace("\"agencies\":[\"HEALTH\",\"DIGITAL\"]", "\"agencies\":[\"HEALTH\",\"DIGITAL\",\"REVENUE\"]")
            .replace("\"stewards\":[\"alice\",\"ada\"]", "\"stewards\":[\"alice\",\"ada\",\"bob\"]");
        assertEquals(201, client.send("POST", API + "spaces", charter, headers("alice")).statusCode());
        for (String[] decision : new String[][] {{"omar", "HEALTH"}, {"ada", "DIGITAL"}, {"nadia", "REVENUE"}}) {
            assertEquals(200, client.send("POST", API + "spaces/RUN_SPACE/agencies/" + decision[1] + "/approve", "",
                headers(decision[0])).statusCode());
        }
        client.send("POST", API + "spaces/RUN_SPACE/join", "", headers("hana"));

        HttpResponse<String> guest = client.send("POST", API + "spaces/RUN_SPACE/guests/pat", "{\"endDate\":\""
            + LocalDate.now().plusDays(30) + "\",\"access\":\"read\"}", headers("alice"));
        assertEquals("READ", this.json.readTree(guest.body()).path("guest").path("access").asText(), guest.body());
        HttpResponse<String> tooFar = client.send("POST", API + "spaces/RUN_SPACE/guests/pat/renew", "{\"endDate\":\""
            + LocalDate.now().plusDays(400) + "\"}", headers("alice"));
        assertEquals("gov.crossagency.error.guestEndTooFar", this.json.readTree(tooFar.body()).path("error").asText());

        HttpResponse<String> steward = client.send("POST", API + "spaces/RUN_SPACE/members/hana/steward", "",
            headers("omar"));
        assertEquals("STEWARD", this.json.readTree(steward.body()).path("role").asText(), steward.body());
        assertEquals("null", client.send("GET", API + "spaces/RUN_SPACE/review", null, basic("alice", "demo"))
            .body(), "no review open yet");
        assertEquals(403, client.send("GET", API + "spaces/RUN_SPACE/review", null, basic("pat", "demo"))
            .statusCode(), "a guest is no steward");

        HttpResponse<String> amendment = client.send("POST", API + "spaces/RUN_SPACE/amendments",
            "{\"label\":\"PROTECTED_A\"}", headers("alice"));
        assertEquals(201, amendment.statusCode(), amendment.body());
        HttpResponse<String> declined = client.send("POST", API + "spaces/RUN_SPACE/amendment/agencies/REVENUE/decline",
            "{\"reason\":\"Not <b>now</b>.\"}", headers("nadia"));
        assertEquals("DECLINED", this.json.readTree(declined.body()).path("status").asText(), declined.body());

        HttpResponse<String> withdrawn = client.send("POST", API + "spaces/RUN_SPACE/agencies/REVENUE/withdraw", "",
            headers("nadia"));
        assertEquals(List.of("HEALTH", "DIGITAL"), List.of(this.json.readTree(withdrawn.body()).path("charter")
            .path("agencies").path(0).asText(), this.json.readTree(withdrawn.body()).path("charter").path("agencies")
                .path(1).asText()), withdrawn.body());
        assertEquals(403, client.send("POST", API + "spaces/RUN_SPACE/agencies/DIGITAL/withdraw", "",
            headers("nadia")).statusCode(), "REVENUE's administrator decides for REVENUE only");
    }

    @Test
    void refusalsAreAnsweredAsTheDispatcherMapsThem() throws Exception
    {
        SandboxClient client = client();
        assertEquals(401, client.send("GET", API + "labels", null, Map.of()).statusCode());
        assertEquals("[\"UNCLASSIFIED\",\"PROTECTED_A\",\"PROTECTED_B\"]",
            client.send("GET", API + "labels", null, basic("alice", "demo")).body());
        assertEquals(404, client.send("GET", API + "spaces/NO_SUCH_SPACE", null, basic("alice", "demo"))
            .statusCode());
        HttpResponse<String> badJson = client.send("POST", API + "spaces", "{", headers("alice"));
        assertEquals(400, badJson.statusCode());
        assertEquals("gov.core.error.rest.badJson", this.json.readTree(badJson.body()).path("error").asText());
        HttpResponse<String> badPolicy = client.send("POST", API + "spaces", CHARTER.replace("open", "secret"),
            headers("alice"));
        assertEquals("gov.crossagency.field.policy.invalid", this.json.readTree(badPolicy.body()).path("error")
            .asText());
        HttpResponse<String> outside = client.send("POST", API + "spaces", CHARTER.replace("\"ada\"", "\"bob\""),
            headers("alice"));
        assertEquals(400, outside.statusCode());
        JsonNode refusal = this.json.readTree(outside.body());
        assertEquals("gov.crossagency.error.stewardOutside", refusal.path("error").asText());
        assertTrue(refusal.path("message").asText().startsWith("bob cannot be a steward"), outside.body());
    }

    private static Map<String, String> headers(String user)
    {
        Map<String, String> headers = new HashMap<>(basic(user, "demo"));
        headers.put("Content-Type", "application/json");
        return headers;
    }
}
