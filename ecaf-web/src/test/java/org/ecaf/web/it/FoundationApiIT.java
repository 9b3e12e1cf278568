package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.EcafServer;
import org.ecaf.web.testing.EcafServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real {@code ecaf.jar} over HTTP: health, sign-in with HTTP Basic, {@code /api/v1/me}, and plain errors. */
@ExtendWith(EcafServerExtension.class)
class FoundationApiIT {

    @Test
    void healthTellsAnonymousCallersUpAndNothingAboutWhereTheDataIs(EcafServer server) throws java.io.IOException {
        Api.Answer health = Api.anonymous(server.baseUrl()).get("/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().getString("status")).isEqualTo("UP");
        JsonObject check = health.json().getJsonArray("checks").getJsonObject(0);
        assertThat(check.getString("name")).isEqualTo("ecaf");
        assertThat(check.containsKey("data") ? check.getJsonObject("data").keySet() : java.util.Set.of())
                .as(health.body()).isEmpty();
        assertThat(health.body()).doesNotContain(server.dataDirectory().toString()).doesNotContain("jdbc:");
        // the schema version and where the data is are in the log, for the operator
        assertThat(java.nio.file.Files.readString(server.log())).contains("eCAF is ready: schema version");
    }

    @ParameterizedTest(name = "{0} is {1} in {3}")
    @CsvSource({
        "practitioner1, Aisha Khan,     PRACTITIONER, TEAM-A, NBC-EH",
        "practitioner2, Tom Evans,      PRACTITIONER, TEAM-A, NBC-EH",
        "practitioner3, Siobhán Murphy, PRACTITIONER, TEAM-B, NBH-CHS",
        "teamlead1,     Grace Okafor,   TEAM_LEAD,    TEAM-A, NBC-EH",
        "teamlead2,     Łucja Nowak,    TEAM_LEAD,    TEAM-B, NBH-CHS"})
    void meReturnsTheSignedInAccount(String username, String name, String role, String team, String agency,
                                     EcafServer server) {
        Api.Answer me = Api.as(server, username).get("/api/v1/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().getString("username")).isEqualTo(username);
        assertThat(me.json().getString("displayName")).isEqualTo(name);
        assertThat(me.json().getJsonArray("roles").getString(0)).isEqualTo(role);
        assertThat(me.json().getJsonObject("team").getString("code")).isEqualTo(team);
        assertThat(me.json().getJsonObject("agency").getString("code")).isEqualTo(agency);
    }

    @Test
    void theAdministratorHasNoTeam(EcafServer server) {
        Api.Answer me = Api.as(server, "admin").get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().getJsonArray("roles").getString(0)).isEqualTo("ADMIN");
        assertThat(me.json().isNull("team")).isTrue();
        assertThat(me.json().getJsonObject("agency").getString("code")).isEqualTo("NBC-EH");
    }

    @Test
    void anApiCallWithoutCredentialsIsRefusedWithJsonNotHtml(EcafServer server) {
        Api.Answer answer = Api.anonymous(server.baseUrl()).get("/api/v1/me");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("content-type")).startsWith("application/problem+json");
        assertThat(answer.header("www-authenticate")).startsWith("Basic");
        assertThat(answer.json().getString("code")).isEqualTo("AUTHENTICATION_REQUIRED");
        assertThat(answer.json().getInt("status")).isEqualTo(401);
        assertThat(answer.body()).doesNotContain("<html");
    }

    @Test
    void aWrongPasswordIsRefusedWithJson(EcafServer server) {
        Api.Answer answer = Api.as(server.baseUrl(), "practitioner1", "not-the-password").get("/api/v1/me");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("content-type")).startsWith("application/problem+json");
        assertThat(answer.json().getString("code")).isEqualTo("INVALID_CREDENTIALS");
    }

    @Test
    void anUnknownApiAddressIsAProblemDocument(EcafServer server) {
        Api.Answer answer = Api.as(server, "practitioner1").get("/api/v1/no-such-thing");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("content-type")).startsWith("application/problem+json");
        assertThat(answer.json().getString("code")).isEqualTo("NOT_FOUND");
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void onlyAnAdministratorListsAccounts(EcafServer server) {
        Api.Answer admin = Api.as(server, "admin").get("/api/v1/accounts");
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.array()).extracting(v -> v.asJsonObject().getString("username"))
                .contains("practitioner1", "practitioner2", "practitioner3", "teamlead1", "teamlead2", "admin");

        Api.Answer practitioner = Api.as(server, "practitioner1").get("/api/v1/accounts");
        assertThat(practitioner.status()).isEqualTo(403);
        assertThat(practitioner.json().getString("code")).isEqualTo("NOT_AN_ADMINISTRATOR");
    }

    @Test
    void pagesNeedSignInButTheLoginPageAndHealthDoNot(EcafServer server) {
        Api anonymous = Api.anonymous(server.baseUrl());
        Api.Answer home = anonymous.get("/");
        assertThat(home.status()).isEqualTo(302);
        assertThat(home.header("location")).endsWith("/login.xhtml");
        assertThat(anonymous.get("/index.xhtml").status()).isEqualTo(302);
        assertThat(anonymous.get("/login.xhtml").status()).isEqualTo(200);
        assertThat(anonymous.get("/login.xhtml").body()).contains("<h1>Sign in</h1>");
        assertThat(anonymous.get("/health").status()).isEqualTo(200);
    }

    @Test
    void theApiIsDescribedWithOpenApi(EcafServer server) {
        Api.Answer openapi = Api.anonymous(server.baseUrl()).get("/openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/me").contains("eCAF API");
    }
}
