package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.EcafServer;
import org.ecaf.web.testing.EcafServerExtension;
import org.ecaf.web.testing.Poll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts through the API, tried as an administrator and as an attacker would: only administrators manage
 * accounts, teams and agencies (every other role is refused and nothing changes); a new account's one-time password
 * must be replaced; passwords follow NIST SP 800-63B; disabling ends access at once; wrong passwords slow down only
 * the address that sends them; failed sign-ins are audited in aggregate and never with what was typed as an unknown
 * username; request limits answer problem+json.
 */
@ExtendWith(EcafServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountsApiIT {

    private EcafServer server;
    private Api admin;
    private long teamA;

    @BeforeAll
    void start(EcafServer shared) {
        server = shared;
        admin = Api.as(server, "admin");
        teamA = admin.get("/api/v1/admin/teams").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("code").equals("TEAM-A")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /** Creates a practitioner in team A and returns their one-time password. */
    private String create(String username) {
        Api.Answer created = admin.post("/api/v1/admin/accounts", Json.createObjectBuilder()
                .add("username", username).add("displayName", "Test " + username)
                .add("roles", Json.createArrayBuilder().add("PRACTITIONER")).add("teamId", teamA).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getString("oneTimePassword");
    }

    /** Creates an account and gives it its own password. */
    private Api practitioner(String username, String password) {
        String oneTime = create(username);
        Api.Answer changed = Api.as(server.baseUrl(), username, oneTime).put("/api/v1/me/password",
                Json.createObjectBuilder().add("current", oneTime).add("password", password).build(), Map.of());
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        return Api.as(server.baseUrl(), username, password);
    }

    @Test
    void aPersonWithTwoRolesHasBothOnEveryRequest() {
        // the signed-in person is read with their roles in one statement (one row per role): none may be lost
        Api.Answer created = admin.post("/api/v1/admin/accounts", Json.createObjectBuilder()
                .add("username", "two.roles").add("displayName", "Two Roles")
                .add("roles", Json.createArrayBuilder().add("PRACTITIONER").add("TEAM_LEAD")).add("teamId", teamA).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String oneTime = created.json().getString("oneTimePassword");
        assertThat(Api.as(server.baseUrl(), "two.roles", oneTime).put("/api/v1/me/password", Json.createObjectBuilder()
                .add("current", oneTime).add("password", "two roles long password").build(), Map.of()).status())
                .isEqualTo(204);
        Api both = Api.as(server.baseUrl(), "two.roles", "two roles long password");
        for (int i = 0; i < 3; i++) {
            Api.Answer me = both.get("/api/v1/me");
            assertThat(me.status()).as(me.toString()).isEqualTo(200);
            assertThat(me.json().getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString).toList()).containsExactly("PRACTITIONER", "TEAM_LEAD");
        }
        // and the team's case list, which a practitioner alone may not read, answers
        Api.Answer queue = both.get("/api/v1/team/cases");
        assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
        Api.Answer asPractitionerOnly = practitioner("one.role", "one role long password")
                .get("/api/v1/team/cases");
        assertThat(asPractitionerOnly.status()).as(asPractitionerOnly.toString()).isEqualTo(403);
    }

    @Test
    void aNewAccountMustChooseItsOwnPasswordBeforeUsingEcaf() {
        String oneTime = create("new.starter");
        Api first = Api.as(server.baseUrl(), "new.starter", oneTime);
        Api.Answer refused = first.get("/api/v1/me");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().getString("code")).isEqualTo("PASSWORD_CHANGE_REQUIRED");

        // NIST SP 800-63B: at least 12 characters, not a common password, not the username; nothing changes
        for (var bad : List.of(Map.entry("short-one", "PASSWORD_TOO_SHORT"),
                Map.entry("qwerty123456", "PASSWORD_TOO_COMMON"),
                Map.entry("1qaz2wsx3edc", "PASSWORD_TOO_COMMON"),
                Map.entry("New.Starter", "PASSWORD_IS_USERNAME"))) {
            Api.Answer answer = first.put("/api/v1/me/password", Json.createObjectBuilder().add("current", oneTime)
                    .add("password", bad.getKey()).build(), Map.of());
            assertThat(answer.status()).as(bad.getKey()).isEqualTo(422);
            assertThat(answer.json().getJsonArray("violations").getJsonObject(0).getString("code"))
                    .as(bad.getKey()).isEqualTo(bad.getValue());
            assertThat(answer.json().getJsonArray("violations").getJsonObject(0).getString("target"))
                    .isEqualTo("password");
        }
        Api.Answer wrongCurrent = first.put("/api/v1/me/password", Json.createObjectBuilder().add("current", "nope")
                .add("password", "three unrelated words").build(), Map.of());
        assertThat(wrongCurrent.status()).isEqualTo(422);
        assertThat(first.get("/api/v1/me").json().getString("code")).isEqualTo("PASSWORD_CHANGE_REQUIRED");

        // no composition rules: a long phrase of lower-case words is fine, any characters count
        assertThat(first.put("/api/v1/me/password", Json.createObjectBuilder().add("current", oneTime)
                .add("password", "kettle ŵyn orchard lamp").build(), Map.of()).status()).isEqualTo(204);
        assertThat(first.get("/api/v1/me").status()).isEqualTo(401);
        Api.Answer me = Api.as(server.baseUrl(), "new.starter", "kettle ŵyn orchard lamp").get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().getString("displayName")).isEqualTo("Test new.starter");
    }

    @Test
    void onlyAnAdministratorManagesAccountsTeamsAndAgenciesAndEveryOtherRoleChangesNothing() {
        Api victim = practitioner("victim.one", "a long secret for the victim");
        JsonObject newAccount = Json.createObjectBuilder().add("username", "intruder")
                .add("displayName", "Intruder").add("roles", Json.createArrayBuilder().add("ADMIN")).build();
        JsonObject unit = Json.createObjectBuilder().add("code", "EVIL").add("name", "Evil").add("agencyId", 1).build();
        for (String who : List.of("practitioner2", "teamlead1", "teamlead2")) {
            Api attacker = Api.as(server, who);
            List<Supplier<Api.Answer>> attempts = List.of(
                    () -> attacker.get("/api/v1/admin/accounts"),
                    () -> attacker.post("/api/v1/admin/accounts", newAccount),
                    () -> attacker.post("/api/v1/admin/accounts/victim.one/disable", null),
                    () -> attacker.post("/api/v1/admin/accounts/victim.one/password-reset", null),
                    () -> attacker.post("/api/v1/admin/accounts/victim.one/two-factor-reset", null),
                    () -> attacker.post("/api/v1/admin/accounts/victim.one/sign-out", null),
                    () -> attacker.post("/api/v1/admin/accounts/" + who + "/unlock", null),
                    () -> attacker.put("/api/v1/admin/accounts/" + who, Json.createObjectBuilder()
                            .add("displayName", "Me").add("roles", Json.createArrayBuilder().add("ADMIN")).build(),
                            Map.of()),
                    () -> attacker.put("/api/v1/admin/accounts/victim.one/team", Json.createObjectBuilder()
                            .addNull("teamId").build(), Map.of()),
                    () -> attacker.post("/api/v1/admin/teams", unit),
                    () -> attacker.post("/api/v1/admin/agencies", unit),
                    () -> attacker.post("/api/v1/admin/teams/" + teamA + "/deactivate", null),
                    () -> attacker.put("/api/v1/admin/teams/" + teamA, unit, Map.of()));
            for (Supplier<Api.Answer> attempt : attempts) {
                Api.Answer answer = attempt.get();
                assertThat(answer.status()).as(who + " " + answer).isEqualTo(403);
                assertThat(answer.header("content-type")).startsWith("application/problem+json");
                assertThat(answer.json().getString("code")).isEqualTo("NOT_AN_ADMINISTRATOR");
            }
            assertThat(Api.as(server, who).get("/api/v1/me").json().getJsonArray("roles").toString())
                    .doesNotContain("ADMIN");
        }
        assertThat(admin.get("/api/v1/admin/accounts/intruder").status()).isEqualTo(404);
        assertThat(victim.get("/api/v1/me").status()).isEqualTo(200);
        JsonObject team = admin.get("/api/v1/admin/teams").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonNumber("id").longValue() == teamA).findFirst().orElseThrow();
        assertThat(team.getBoolean("active")).isTrue();
        assertThat(team.getString("name")).isEqualTo("Early Help Team North");
        // and every refusal is audited
        JsonArray events = admin.get("/api/v1/audit?recordType=account&recordId=victim.one&limit=100").array();
        assertThat(events.getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("outcome").equals("DENIED") && e.getString("actor").equals("teamlead1"))
                .map(e -> e.getString("action"))).contains("admin.account.disable", "admin.account.password-reset");
    }

    @Test
    void disablingEndsAccessAtOnceAndAPasswordResetReplacesTheOldPassword() {
        Api person = practitioner("leaver.one", "my own long password here");
        assertThat(person.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(admin.post("/api/v1/admin/accounts/leaver.one/disable", null).json().getBoolean("active")).isFalse();
        Api.Answer refused = person.get("/api/v1/me");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().getString("code")).isEqualTo("INVALID_CREDENTIALS");
        // an administrator cannot disable their own account
        Api.Answer own = admin.post("/api/v1/admin/accounts/admin/disable", null);
        assertThat(own.status()).isEqualTo(409);
        assertThat(admin.post("/api/v1/admin/accounts/leaver.one/enable", null).json().getBoolean("active")).isTrue();
        assertThat(person.get("/api/v1/me").status()).isEqualTo(200);

        Api.Answer reset = admin.post("/api/v1/admin/accounts/leaver.one/password-reset", null);
        assertThat(reset.status()).isEqualTo(200);
        String oneTime = reset.json().getString("oneTimePassword");
        assertThat(person.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(Api.as(server.baseUrl(), "leaver.one", oneTime).get("/api/v1/me").json().getString("code"))
                .isEqualTo("PASSWORD_CHANGE_REQUIRED");
        assertThat(admin.get("/api/v1/admin/accounts/leaver.one").json().getBoolean("mustChangePassword")).isTrue();
    }

    @Test
    void movingAPractitionerListsTheOpenCasesTheyHoldAndValidatesTheTeam() {
        practitioner("mover.one", "a password for moving");
        Api.Answer bad = admin.put("/api/v1/admin/accounts/mover.one/team", Json.createObjectBuilder()
                .add("teamId", 999_999_999L).build(), Map.of());
        assertThat(bad.status()).isEqualTo(404);
        Api.Answer none = admin.put("/api/v1/admin/accounts/mover.one/team", Json.createObjectBuilder()
                .addNull("teamId").build(), Map.of());
        assertThat(none.status()).isEqualTo(422);
        assertThat(none.json().getJsonArray("violations").getJsonObject(0).getString("code")).isEqualTo("TEAM_REQUIRED");
        long teamB = admin.get("/api/v1/admin/teams").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("code").equals("TEAM-B")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        Api.Answer moved = admin.put("/api/v1/admin/accounts/mover.one/team", Json.createObjectBuilder()
                .add("teamId", teamB).build(), Map.of());
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.array()).isEmpty();
        assertThat(admin.get("/api/v1/admin/accounts/mover.one").json().getString("teamName"))
                .isEqualTo("School Nursing Team");
        // practitioner1 holds demo cases: the list names their references and states only, never a child
        Api.Answer held = admin.get("/api/v1/admin/accounts/practitioner1/open-cases");
        assertThat(held.status()).isEqualTo(200);
        assertThat(held.array()).isNotEmpty();
        assertThat(held.array().getJsonObject(0).keySet()).containsExactlyInAnyOrder("reference", "state",
                "teamName", "role");
    }

    @Test
    void teamsAndAgenciesAreCreatedRenamedAndDeactivatedNeverDeleted() {
        Api.Answer agency = admin.post("/api/v1/admin/agencies", Json.createObjectBuilder().add("code", "NB-SCH-1")
                .add("name", "Northbridge Primary School").add("kind", "SCHOOL").build());
        assertThat(agency.status()).as(agency.toString()).isEqualTo(201);
        long agencyId = agency.json().getJsonNumber("id").longValue();
        Api.Answer duplicate = admin.post("/api/v1/admin/agencies", Json.createObjectBuilder().add("code", "nb-sch-1")
                .add("name", "Again").build());
        assertThat(duplicate.status()).isEqualTo(422);
        assertThat(duplicate.json().getJsonArray("violations").getJsonObject(0).getString("code")).isEqualTo("CODE_TAKEN");
        Api.Answer team = admin.post("/api/v1/admin/teams", Json.createObjectBuilder().add("code", "NB-SCH-PASTORAL")
                .add("name", "Pastoral team").add("agencyId", agencyId).build());
        assertThat(team.status()).isEqualTo(201);
        long teamId = team.json().getJsonNumber("id").longValue();
        assertThat(admin.put("/api/v1/admin/teams/" + teamId, Json.createObjectBuilder().add("name", "Pastoral care team")
                .build(), Map.of()).json().getString("name")).isEqualTo("Pastoral care team");
        assertThat(admin.post("/api/v1/admin/teams/" + teamId + "/deactivate", null).json().getBoolean("active")).isFalse();
        Api.Answer intoInactive = admin.post("/api/v1/admin/accounts", Json.createObjectBuilder()
                .add("username", "pastoral.one").add("displayName", "P").add("roles", Json.createArrayBuilder()
                        .add("PRACTITIONER")).add("teamId", teamId).build());
        assertThat(intoInactive.status()).isEqualTo(422);
        assertThat(intoInactive.json().getJsonArray("violations").getJsonObject(0).getString("target")).isEqualTo("team");
        assertThat(admin.post("/api/v1/admin/teams/" + teamId + "/reactivate", null).json().getBoolean("active")).isTrue();
        assertThat(admin.post("/api/v1/admin/agencies/" + agencyId + "/deactivate", null).json().getBoolean("active"))
                .isFalse();
    }

    @Test
    void tenWrongPasswordsFromOneAddressDoNotStopTheRightPasswordFromAnother() throws Exception {
        practitioner("target.one", "the right long password");
        Api attacker = Api.as("http://127.0.0.1:" + server.uri("/").getPort(), "target.one", "guess");
        for (int i = 0; i < 10; i++) {
            Api.Answer answer = attacker.get("/api/v1/me");
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.header("content-type")).startsWith("application/problem+json");
        }
        // the attacker's address now waits, even with the right password ...
        Api.Answer slowed = Api.as("http://127.0.0.1:" + server.uri("/").getPort(), "target.one",
                "the right long password").get("/api/v1/me");
        assertThat(slowed.status()).isEqualTo(401);
        assertThat(slowed.json().getString("code")).isEqualTo("TOO_MANY_ATTEMPTS");
        assertThat(slowed.header("retry-after")).isNotNull();
        // ... but the person at another address signs in at once (IPv6 loopback: another client address)
        Api.Answer elsewhere = Api.as("http://[::1]:" + server.uri("/").getPort(), "target.one",
                "the right long password").get("/api/v1/me");
        assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(200);
        assertThat(admin.get("/api/v1/admin/accounts/target.one").json().getBoolean("throttled")).isTrue();
        // an administrator's unlock lets the first address try again at once
        assertThat(admin.post("/api/v1/admin/accounts/target.one/unlock", null).json().getBoolean("throttled")).isFalse();
        assertThat(Api.as("http://127.0.0.1:" + server.uri("/").getPort(), "target.one",
                "the right long password").get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void failedSignInsAreAuditedInAggregateAndNeverWithWhatWasTypedAsAnUnknownUsername() {
        String typed = "Winter-Secret-" + Instant.now().getEpochSecond();
        for (int i = 0; i < 5; i++) {
            assertThat(Api.as(server.baseUrl(), typed + i, "x").get("/api/v1/me").status()).isEqualTo(401);
        }
        practitioner("aggregate.one", "another long password");
        for (int i = 0; i < 3; i++) {
            assertThat(Api.as(server.baseUrl(), "aggregate.one", "wrong " + i).get("/api/v1/me").status())
                    .isEqualTo(401);
        }
        // the account's three failures are counted in events written when each period ends (2 s in tests): one
        // event, or two when a period ended between the attempts; each says how many and why, never more
        Poll.until(() -> {
            List<JsonObject> events = admin.get("/api/v1/audit?recordType=account&recordId=aggregate.one&limit=50")
                    .array().getValuesAs(JsonObject.class).stream()
                    .filter(e -> e.getString("action").equals("sign-in.failed")).toList();
            int counted = events.stream().mapToInt(e -> Integer.parseInt(e.getString("detail").split(" ")[0])).sum();
            return counted == 3 ? events : null;
        }).forEach(e -> assertThat(e.getString("detail")).matches("[1-3] failed sign-in\\(s\\) from 1 address\\(es\\): "
                + "WRONG_PASSWORD"));
        List<JsonObject> latest = admin.get("/api/v1/audit?limit=500").array().getValuesAs(JsonObject.class);
        assertThat(latest.toString()).doesNotContain(typed);
        assertThat(latest.stream().filter(e -> e.getString("action").equals("sign-in.failed")
                && e.get("recordId").getValueType() == JsonValue.ValueType.NULL)).isNotEmpty();
    }

    @Test
    void apiAnswersCarryProtectiveHeadersAndRequestLimitsAnswerProblemJson() throws Exception {
        Api aisha = Api.as(server, "practitioner1");
        Api.Answer me = aisha.get("/api/v1/me");
        assertThat(me.header("cache-control")).isEqualTo("no-store");
        assertThat(me.header("x-content-type-options")).isEqualTo("nosniff");
        assertThat(me.header("referrer-policy")).isEqualTo("no-referrer");
        assertThat(me.header("content-security-policy")).contains("frame-ancestors 'none'");
        assertThat(me.header("strict-transport-security")).isNull();
        assertThat(aisha.get("/api/v1/me", Map.of("X-Forwarded-Proto", "https")).header("strict-transport-security"))
                .startsWith("max-age=");

        // over 1 MB: 413 problem+json before anything parses it
        String big = "{\"givenName\":\"" + "a".repeat(1_100_000) + "\"}";
        Api.Answer tooLarge = aisha.post("/api/v1/children", big);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().getString("code")).isEqualTo("BODY_TOO_LARGE");
        // the same without Content-Length (chunked): refused once the limit is passed
        HttpRequest chunked = HttpRequest.newBuilder(server.uri("/api/v1/children"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("practitioner1:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        big.getBytes(StandardCharsets.UTF_8)))).build();
        HttpResponse<String> chunkedAnswer = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());
        assertThat(chunkedAnswer.statusCode()).isEqualTo(413);
        assertThat(chunkedAnswer.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");

        // 100,000 levels of nesting: 400 with a reason, not a 500
        Api.Answer deep = aisha.post("/api/v1/children", "[".repeat(100_000) + "]".repeat(100_000));
        assertThat(deep.status()).isEqualTo(400);
        assertThat(deep.json().getString("code")).isEqualTo("JSON_TOO_DEEP");

        // unknown API addresses answer problem+json, signed in or not
        for (Api.Answer unknown : List.of(aisha.get("/api/v2/children"), aisha.get("/api/v1/no-such-thing"),
                Api.anonymous(server.baseUrl()).get("/api/nothing"))) {
            assertThat(unknown.status()).isIn(401, 404);
            assertThat(unknown.header("content-type")).startsWith("application/problem+json");
        }
    }


    static URI uri(EcafServer server, String path) {
        return server.uri(path);
    }
}
