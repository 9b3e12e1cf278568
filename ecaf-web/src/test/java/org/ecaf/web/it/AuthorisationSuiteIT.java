package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.testing.Journeys.expect;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ecaf.domain.access.AccessPolicy;
import org.ecaf.domain.access.Operation;
import org.ecaf.domain.access.RecordKind;
import org.ecaf.domain.access.Relation;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.EcafServer;
import org.ecaf.web.testing.EcafServerExtension;
import org.ecaf.web.testing.Journeys;
import org.ecaf.web.testing.PageSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The authorisation suite, driven by the access policy table ({@link AccessPolicy}, printed in docs/security.md): every
 * endpoint of the API and every page, against every relationship a person can have to a record, reading and writing,
 * on an ordinary and a shielded child. The expected answer of each cell is derived from the table, never written by
 * hand: outside the record's reach a 404 {@code NOT_FOUND}; known but not allowed a 403 with an access code; allowed,
 * anything but an access refusal (a rule may still say no). A denied change is in the audit log. A new endpoint or page
 * without rows here fails {@link #everyEndpointOfTheApiHasRows()} or {@link #everyPageHasRows()}.
 */
@ExtendWith(EcafServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthorisationSuiteIT {

    /** The codes of access refusals (as opposed to refusals by a rule). */
    static final Set<String> ACCESS_CODES = Set.of("NOT_INVOLVED", "NOT_TEAM_LEAD", "NOT_TEAM_LEAD_OR_LEAD_PROFESSIONAL",
            "NO_CASE_ACCESS");

    // ================================================================ the table of endpoints (data)

    /** What an endpoint is about: a case, a child, or a join/transfer request (through its case). */
    enum Target { CASE, CHILD, REQUEST }

    /**
     * One endpoint row: method, path (with {case}, {child}, {mother}, {uncle}, {consent}, {action}, {tac}, {request},
     * {agency} to fill in), what it reads or writes, and the body it sends.
     */
    record Row(String method, String path, Target target, RecordKind kind, Operation op,
               Function<Scenario, JsonObject> body, Map<String, String> headers) {
        String name() {
            return method + " " + path;
        }
    }

    private static Row read(String path, Target target, RecordKind kind) {
        return new Row("GET", path, target, kind, Operation.READ, s -> null, Map.of());
    }

    private static Row write(String method, String path, Target target, RecordKind kind,
                             Function<Scenario, JsonObject> body) {
        return new Row(method, path, target, kind, Operation.WRITE, body, Map.of());
    }

    private static JsonObjectBuilder obj() {
        return Json.createObjectBuilder();
    }

    private static String today() {
        return LocalDate.now(Journeys.LONDON).toString();
    }

    /** Every endpoint about a record, in the order the suite calls them (changes that end something come last). */
    static final List<Row> RECORD_ROWS = List.of(
            read("/api/v1/cases/{case}", Target.CASE, RecordKind.CASE_SUMMARY),
            read("/api/v1/cases/{case}/assessment", Target.CASE, RecordKind.ASSESSMENT),
            read("/api/v1/cases/{case}/assessment/revisions", Target.CASE, RecordKind.ASSESSMENT),
            read("/api/v1/cases/{case}/assessment/revisions/1", Target.CASE, RecordKind.ASSESSMENT),
            read("/api/v1/cases/{case}/assessment/diff?from=1&to=1", Target.CASE, RecordKind.ASSESSMENT),
            read("/api/v1/cases/{case}/disclosures", Target.CASE, RecordKind.DISCLOSURES),
            read("/api/v1/cases/{case}/notes", Target.CASE, RecordKind.CASE),
            read("/api/v1/children/{child}", Target.CHILD, RecordKind.CHILD_SUMMARY),
            read("/api/v1/children/{child}/family-members", Target.CHILD, RecordKind.FAMILY_MEMBERS),
            read("/api/v1/children/{child}/changes", Target.CHILD, RecordKind.CHILD_PARTICULARS),
            read("/api/v1/children/{child}/access-grants", Target.CHILD, RecordKind.ACCESS_GRANTS),
            write("POST", "/api/v1/cases", Target.CHILD, RecordKind.NEW_CASE,
                    s -> obj().add("childId", s.child()).build()),
            write("POST", "/api/v1/children/{child}/case-requests", Target.CHILD, RecordKind.CASE_REQUESTS,
                    s -> obj().add("kind", "JOIN").add("reason", "Suite asks to join").add("role", "Suite role").build()),
            write("PUT", "/api/v1/children/{child}", Target.CHILD, RecordKind.CHILD_PARTICULARS,
                    s -> obj().add("givenNames", s.givenNames()).add("familyName", s.familyName())
                            .add("dateOfBirth", s.dateOfBirth()).add("gender", "female").add("address", s.address())
                            .add("postcode", "NB9 9ZZ").add("shielded", s.shielded()).build()),
            write("POST", "/api/v1/children/{child}/family-members", Target.CHILD, RecordKind.FAMILY_MEMBERS,
                    s -> obj().add("name", "Suite Aunt").add("relationship", "AUNT_OR_UNCLE")
                            .add("parentalResponsibility", false).add("livesWithChild", false).build()),
            write("PUT", "/api/v1/children/{child}/family-members/{mother}", Target.CHILD, RecordKind.FAMILY_MEMBERS,
                    s -> obj().add("name", s.motherName()).add("relationship", "MOTHER")
                            .add("parentalResponsibility", true).add("livesWithChild", true)
                            .add("phone", s.motherPhone()).build()),
            write("POST", "/api/v1/children/{child}/family-members/{uncle}/ending", Target.CHILD,
                    RecordKind.FAMILY_MEMBERS, s -> obj().add("endedOn", today()).add("reason", "Suite").build()),
            write("POST", "/api/v1/cases/{case}/consents", Target.CASE, RecordKind.CASE,
                    s -> obj().add("givenBy", "FAMILY_MEMBER").add("familyMemberId", s.mother()).add("givenOn", today())
                            .add("scopes", Json.createArrayBuilder().add("RECORD")).add("evidence", "Signed").build()),
            write("POST", "/api/v1/cases/{case}/child-seen", Target.CASE, RecordKind.CASE,
                    s -> obj().add("seenAt", LocalDateTime.now(Journeys.LONDON).minusMinutes(5).withNano(0).toString())
                            .add("seenAlone", true).add("location", "School").build()),
            write("PUT", "/api/v1/cases/{case}/pre-assessment", Target.CASE, RecordKind.CASE,
                    s -> obj().add("answers", JsonValue.EMPTY_JSON_OBJECT).build()),
            write("POST", "/api/v1/cases/{case}/team-members", Target.CASE, RecordKind.CASE,
                    s -> obj().add("name", "Suite health visitor").add("role", "Health visitor").build()),
            write("POST", "/api/v1/cases/{case}/actions", Target.CASE, RecordKind.CASE,
                    s -> obj().add("what", "Suite action").add("who", "Someone")
                            .add("byWhen", LocalDate.now(Journeys.LONDON).plusDays(7).toString()).build()),
            write("PUT", "/api/v1/cases/{case}/actions/{action}", Target.CASE, RecordKind.CASE,
                    s -> obj().add("what", s.actionText()).add("who", "Someone").add("status", "IN_PROGRESS")
                            .add("byWhen", LocalDate.now(Journeys.LONDON).plusDays(7).toString()).build()),
            write("POST", "/api/v1/cases/{case}/notes", Target.CASE, RecordKind.CASE,
                    s -> obj().add("kind", "PHONE_CALL").add("happenedOn", today())
                            .add("text", "Suite phoned the school").build()),
            write("PUT", "/api/v1/cases/{case}/review-date", Target.CASE, RecordKind.CASE,
                    s -> obj().add("reviewDate", LocalDate.now(Journeys.LONDON).plusDays(30).toString()).build()),
            write("POST", "/api/v1/cases/{case}/reviews", Target.CASE, RecordKind.CASE,
                    s -> obj().add("answers", JsonValue.EMPTY_JSON_OBJECT).build()),
            new Row("PUT", "/api/v1/cases/{case}/assessment", Target.CASE, RecordKind.ASSESSMENT, Operation.WRITE,
                    s -> obj().add("answers", Journeys.completeAnswers()).build(), Map.of("If-Match", "\"1\"")),
            write("POST", "/api/v1/cases/{case}/assessment/submission", Target.CASE, RecordKind.ASSESSMENT, s -> null),
            write("POST", "/api/v1/cases/{case}/assessment/migration", Target.CASE, RecordKind.ASSESSMENT,
                    s -> obj().add("toVersion", 2).build()),
            write("POST", "/api/v1/cases/{case}/reassessment", Target.CASE, RecordKind.ASSESSMENT, s -> null),
            // issuing a copy is a disclosure: a change to the record, whatever the HTTP method
            write("GET", "/api/v1/cases/{case}/copies/family.pdf?recipient={mother}", Target.CASE, RecordKind.COPIES,
                    s -> null),
            write("GET", "/api/v1/cases/{case}/copies/young-person.pdf", Target.CASE, RecordKind.COPIES, s -> null),
            write("GET", "/api/v1/cases/{case}/copies/agency.pdf?agency={agency}", Target.CASE, RecordKind.COPIES,
                    s -> null),
            // a preview issues nothing: it is a read of COPIES; POST .../copies issues (with answers held back)
            read("/api/v1/cases/{case}/copies/preview?recipient={mother}", Target.CASE, RecordKind.COPIES),
            write("POST", "/api/v1/cases/{case}/copies", Target.CASE, RecordKind.COPIES,
                    s -> obj().add("recipient", s.mother()).build()),
            write("POST", "/api/v1/cases/{case}/without-consent-decisions", Target.CASE,
                    RecordKind.TEAM_LEAD_DECISIONS, s -> obj().add("ground", "SIGNIFICANT_HARM")
                            .add("reason", "Suite").add("coversRecording", true).build()),
            write("PUT", "/api/v1/cases/{case}/lead-professional", Target.CASE, RecordKind.TEAM_LEAD_DECISIONS,
                    s -> obj().add("practitionerId", s.leadProfessionalId()).build()),
            write("PUT", "/api/v1/cases/{case}/allocation", Target.CASE, RecordKind.TEAM_LEAD_DECISIONS,
                    s -> obj().add("practitionerId", s.memberToAddId()).add("reason", "Suite").build()),
            new Row("POST", "/api/v1/cases/{case}/team-members", Target.CASE, RecordKind.TEAM_LEAD_DECISIONS,
                    Operation.WRITE, s -> obj().add("practitionerId", s.memberToAddId()).add("role", "Mentor").build(),
                    Map.of()),
            write("POST", "/api/v1/cases/{case}/plan-activation", Target.CASE, RecordKind.TEAM_LEAD_DECISIONS,
                    s -> null),
            write("POST", "/api/v1/cases/{case}/assessment/approval", Target.CASE, RecordKind.TEAM_LEAD_DECISIONS,
                    s -> obj().add("comment", "Suite").build()),
            write("POST", "/api/v1/cases/{case}/assessment/return", Target.CASE, RecordKind.TEAM_LEAD_DECISIONS,
                    s -> obj().add("comment", "Suite").build()),
            write("POST", "/api/v1/cases/{case}/reopening", Target.CASE, RecordKind.TEAM_LEAD_DECISIONS,
                    s -> obj().add("reason", "Suite").build()),
            write("POST", "/api/v1/case-requests/{request}/decision", Target.REQUEST, RecordKind.TEAM_LEAD_DECISIONS,
                    s -> obj().add("accept", false).add("comment", "Suite declines").build()),
            write("POST", "/api/v1/cases/{case}/closure", Target.CASE, RecordKind.CLOSURE,
                    s -> obj().add("answers", JsonValue.EMPTY_JSON_OBJECT).build()),
            write("DELETE", "/api/v1/cases/{case}/team-members/{tac}", Target.CASE, RecordKind.CASE, s -> null),
            write("POST", "/api/v1/cases/{case}/consents/{consent}/withdrawal", Target.CASE, RecordKind.CASE,
                    s -> obj().add("withdrawnOn", today()).add("reason", "Suite").build()),
            // last: an access grant the actor records changes how they stand to the record
            write("POST", "/api/v1/children/{child}/access-grants", Target.CHILD, RecordKind.ACCESS_GRANTS,
                    s -> obj().add("reason", "Suite needs to read this record").build()));

    /** Endpoints decided by role alone (not about one record): who may call them. */
    record RoleRow(String method, String path, Set<String> allowed, Function<EcafServer, JsonObject> body,
                   int allowedStatus) {

        /** A row whose allowed callers get a 2xx answer. */
        RoleRow(String method, String path, Set<String> allowed, Function<EcafServer, JsonObject> body) {
            this(method, path, allowed, body, 0);
        }
    }

    private static final Set<String> EVERYONE = Set.of("practitioner1", "practitioner3", "teamlead1", "admin");
    private static final Set<String> STAFF = Set.of("practitioner1", "practitioner3", "teamlead1");
    private static final Set<String> ADMIN = Set.of("admin");

    /** The account the administrator's rows act on (created on first use, never one the suite signs in as). */
    static final String SUITE_ACCOUNT = "suite.target";

    static final List<RoleRow> ROLE_ROWS = List.of(
            new RoleRow("GET", "/api/v1/me", EVERYONE, s -> null),
            new RoleRow("GET", "/api/v1/forms", EVERYONE, s -> null),
            new RoleRow("GET", "/api/v1/forms/caf/2", EVERYONE, s -> null),
            new RoleRow("POST", "/api/v1/forms/caf/2/validation", EVERYONE, s -> obj()
                    .add("answers", JsonValue.EMPTY_JSON_OBJECT).build()),
            new RoleRow("GET", "/api/v1/agencies", EVERYONE, s -> null),
            new RoleRow("GET", "/api/v1/practitioners", EVERYONE, s -> null),
            new RoleRow("GET", "/api/v1/accounts", ADMIN, s -> null),
            new RoleRow("GET", "/api/v1/audit", ADMIN, s -> null),
            new RoleRow("GET", "/api/v1/audit/verification", ADMIN, s -> null),
            new RoleRow("POST", "/api/v1/backups", ADMIN, s -> null),
            new RoleRow("GET", "/api/v1/children?query=ab", STAFF, s -> null),
            new RoleRow("POST", "/api/v1/children", STAFF, s -> obj().add("givenNames", Journeys.randomName())
                    .add("familyName", Journeys.randomName()).add("dateOfBirth", "2018-04-05")
                    .add("notDuplicateReason", "Suite: a distinct child").build()),
            new RoleRow("POST", "/api/v1/children/matches", STAFF, s -> obj().add("givenNames", "Zoe")
                    .add("familyName", "Nguyen").add("dateOfBirth", "2015-03-04").build()),
            new RoleRow("GET", "/api/v1/cases", STAFF, s -> null),
            new RoleRow("GET", "/api/v1/team/cases", Set.of("teamlead1"), s -> null),
            new RoleRow("GET", "/api/v1/me/work-tray", STAFF, s -> null),
            new RoleRow("GET", "/api/v1/case-requests", STAFF, s -> null),
            // accounts (issue 11): one's own password (a wrong current password: 422 proves the caller reached
            // their own account and changes nothing), and the administrator's acts on a throwaway account, a team
            // and an agency, each undone by the next row (enable after disable, the same name again)
            new RoleRow("PUT", "/api/v1/me/password", EVERYONE, s -> obj().add("current", "not my password")
                    .add("password", "a new long password").build(), 422),
            new RoleRow("GET", "/api/v1/admin/accounts", ADMIN, s -> null),
            new RoleRow("POST", "/api/v1/admin/accounts", ADMIN, s -> obj().add("username", "suite." + UUID.randomUUID()
                    .toString().substring(0, 8)).add("displayName", "Suite account").add("roles", Json.createArrayBuilder()
                    .add("PRACTITIONER")).add("teamId", unitId(s, "teams", "TEAM-A")).build()),
            new RoleRow("GET", "/api/v1/admin/accounts/{suite}", ADMIN, AuthorisationSuiteIT::suiteAccount),
            new RoleRow("PUT", "/api/v1/admin/accounts/{suite}", ADMIN, s -> {
                suiteAccount(s);
                return obj().add("displayName", "Suite target").add("roles", Json.createArrayBuilder()
                        .add("PRACTITIONER")).build();
            }),
            new RoleRow("POST", "/api/v1/admin/accounts/{suite}" + "/disable", ADMIN, AuthorisationSuiteIT::suiteAccount),
            new RoleRow("POST", "/api/v1/admin/accounts/{suite}" + "/enable", ADMIN, AuthorisationSuiteIT::suiteAccount),
            new RoleRow("POST", "/api/v1/admin/accounts/{suite}" + "/unlock", ADMIN, AuthorisationSuiteIT::suiteAccount),
            new RoleRow("POST", "/api/v1/admin/accounts/{suite}" + "/password-reset", ADMIN, AuthorisationSuiteIT::suiteAccount),
            new RoleRow("POST", "/api/v1/admin/accounts/{suite}" + "/two-factor-reset", ADMIN, AuthorisationSuiteIT::suiteAccount),
            new RoleRow("POST", "/api/v1/admin/accounts/{suite}" + "/sign-out", ADMIN, AuthorisationSuiteIT::suiteAccount),
            new RoleRow("PUT", "/api/v1/admin/accounts/{suite}" + "/team", ADMIN, s -> {
                suiteAccount(s);
                return obj().add("teamId", unitId(s, "teams", "TEAM-B")).build();
            }),
            new RoleRow("GET", "/api/v1/admin/accounts/{suite}" + "/open-cases", ADMIN, AuthorisationSuiteIT::suiteAccount),
            new RoleRow("GET", "/api/v1/admin/teams", ADMIN, s -> null),
            new RoleRow("POST", "/api/v1/admin/teams", ADMIN, s -> obj().add("code", "SUITE-" + UUID.randomUUID()
                    .toString().substring(0, 8).toUpperCase()).add("name", "Suite team")
                    .add("agencyId", unitId(s, "agencies", "NBC-EH")).build()),
            new RoleRow("PUT", "/api/v1/admin/teams/{TEAM-B}", ADMIN, s -> obj().add("name", "School Nursing Team").build()),
            new RoleRow("POST", "/api/v1/admin/teams/{TEAM-B}/deactivate", ADMIN, s -> null),
            new RoleRow("POST", "/api/v1/admin/teams/{TEAM-B}/reactivate", ADMIN, s -> null),
            new RoleRow("GET", "/api/v1/admin/agencies", ADMIN, s -> null),
            new RoleRow("POST", "/api/v1/admin/agencies", ADMIN, s -> obj().add("code", "SUITE-" + UUID.randomUUID()
                    .toString().substring(0, 8).toUpperCase()).add("name", "Suite agency").add("kind", "OTHER").build()),
            new RoleRow("PUT", "/api/v1/admin/agencies/{NBH-CHS}", ADMIN, s -> obj()
                    .add("name", "Northbridge Community Health NHS Trust").build()),
            new RoleRow("POST", "/api/v1/admin/agencies/{NBH-CHS}/deactivate", ADMIN, s -> null),
            new RoleRow("POST", "/api/v1/admin/agencies/{NBH-CHS}/reactivate", ADMIN, s -> null));

    static JsonObject suiteAccount(EcafServer server) {
        Api admin = Api.as(server, "admin");
        if (admin.get("/api/v1/admin/accounts/" + SUITE_ACCOUNT).status() == 404) {
            expect(admin.post("/api/v1/admin/accounts", Json.createObjectBuilder().add("username", SUITE_ACCOUNT)
                    .add("displayName", "Suite target").add("roles", Json.createArrayBuilder().add("PRACTITIONER"))
                    .add("teamId", unitId(server, "teams", "TEAM-A")).build()), 201);
        }
        return null;
    }

    /** The id of the team or agency with {@code code}. */
    static long unitId(EcafServer server, String kind, String code) {
        return Api.as(server, "admin").get("/api/v1/admin/" + kind).array().getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("code").equals(code)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /** A role row's path with {@code {TEAM-B}} or {@code {NBH-CHS}} replaced by that team's or agency's id. */
    static String resolve(EcafServer server, String path) {
        return path.replace("{suite}", SUITE_ACCOUNT).replace("{TEAM-B}", Long.toString(unitId(server, "teams", "TEAM-B")))
                .replace("{NBH-CHS}", Long.toString(unitId(server, "agencies", "NBH-CHS")));
    }

    /** The endpoint only the person who made a request may call: its withdrawal. */
    static final String WITHDRAWAL = "/api/v1/case-requests/{request}/withdrawal";

    // ================================================================ pages (data)

    /** A page about a record: what it shows, and the text that proves it showed it. */
    record PageRow(String path, Target target, RecordKind kind, Function<Scenario, String> proof) {
    }

    static final List<PageRow> PAGE_ROWS = List.of(
            new PageRow("/children/child.xhtml?id={child}", Target.CHILD, RecordKind.CHILD_PARTICULARS, Scenario::address),
            new PageRow("/cases/case.xhtml?id={case}", Target.CASE, RecordKind.CASE, Scenario::motherName),
            new PageRow("/cases/assessment.xhtml?id={case}", Target.CASE, RecordKind.ASSESSMENT, s -> "Revision"),
            new PageRow("/cases/history.xhtml?id={case}", Target.CASE, RecordKind.ASSESSMENT, s -> "Aisha Khan"),
            new PageRow("/cases/approval.xhtml?id={case}", Target.CASE, RecordKind.ASSESSMENT, s -> "pharmacist"),
            new PageRow("/cases/check-answers.xhtml?id={case}", Target.CASE, RecordKind.ASSESSMENT, Scenario::reference),
            new PageRow("/cases/consent.xhtml?id={case}", Target.CASE, RecordKind.CASE, Scenario::motherName),
            new PageRow("/cases/plan.xhtml?id={case}", Target.CASE, RecordKind.CASE, Scenario::actionText),
            new PageRow("/cases/closure.xhtml?id={case}", Target.CASE, RecordKind.CASE, Scenario::reference),
            new PageRow("/cases/pre-assessment.xhtml?id={case}", Target.CASE, RecordKind.CASE, Scenario::reference),
            new PageRow("/cases/copies.xhtml?id={case}", Target.CASE, RecordKind.DISCLOSURES, Scenario::motherName));

    /** Pages that are not about one record: who may open them (others are refused or sent home). */
    static final Map<String, Set<String>> ROLE_PAGES = Map.ofEntries(
            Map.entry("/index.xhtml", EVERYONE),
            Map.entry("/children/search.xhtml", STAFF),
            Map.entry("/children/register.xhtml", STAFF),
            Map.entry("/team/dashboard.xhtml", Set.of("teamlead1")),
            Map.entry("/team/approvals.xhtml", Set.of("teamlead1")),
            Map.entry("/team/cases.xhtml", Set.of("teamlead1")),
            Map.entry("/account.xhtml", EVERYONE),
            Map.entry("/sign-in/confirm.xhtml", EVERYONE),
            Map.entry("/admin/accounts.xhtml", ADMIN),
            Map.entry("/admin/account.xhtml", ADMIN),
            Map.entry("/admin/organisation.xhtml", ADMIN),
            Map.entry("/admin/import.xhtml", ADMIN));

    /** Pages that need no one signed in. */
    static final Set<String> PUBLIC_PAGES = Set.of("/login.xhtml", "/error.xhtml",
            // the steps of a sign-in after the password: they act only on the sign-in pending in the session
            "/sign-in/code.xhtml", "/sign-in/new-password.xhtml", "/sign-in/enrol.xhtml");

    // ================================================================ scenarios

    /** Someone with a relationship to the scenario's record. */
    record Actor(String label, String username, Set<Relation> relations) {
    }

    /** One record (a child of team A with an open case) and one person standing to it in one relationship. */
    record Scenario(Actor actor, boolean shielded, long child, long caseId, long mother, long uncle, long consent,
                    long action, long tac, long request, long agency, String reference, String givenNames,
                    String familyName, String dateOfBirth, String address, String motherName, String motherPhone,
                    String actionText, long leadProfessionalId, long memberToAddId) {
        String label() {
            return actor.label() + (shielded ? ", shielded child" : ", ordinary child");
        }

        String fill(String path) {
            return path.replace("{case}", Long.toString(caseId)).replace("{child}", Long.toString(child))
                    .replace("{mother}", Long.toString(mother)).replace("{uncle}", Long.toString(uncle))
                    .replace("{consent}", Long.toString(consent)).replace("{action}", Long.toString(action))
                    .replace("{tac}", Long.toString(tac)).replace("{request}", Long.toString(request))
                    .replace("{agency}", Long.toString(agency));
        }

        String recordType(Target target) {
            return switch (target) {
                case CASE -> "case";
                case CHILD -> "child";
                case REQUEST -> "case-request";
            };
        }

        long recordId(Target target) {
            return switch (target) {
                case CASE -> caseId;
                case CHILD -> child;
                case REQUEST -> request;
            };
        }
    }

    private EcafServer server;
    private final Map<String, Api> api = new HashMap<>();
    private final Map<String, PageSession> pages = new HashMap<>();
    private final Map<String, Long> ids = new HashMap<>();
    private final List<Scenario> scenarios = new ArrayList<>();
    private final AtomicInteger cells = new AtomicInteger();
    private final AtomicInteger wrong = new AtomicInteger();
    private long agency;

    private Api as(String username) {
        return api.computeIfAbsent(username, u -> Api.as(server, u));
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    @BeforeAll
    void scenarios(EcafServer server) {
        this.server = server;
        for (String u : List.of("practitioner1", "practitioner2", "practitioner3", "teamlead1", "teamlead2")) {
            ids.put(u, Journeys.practitionerId(as("teamlead1"), u));
        }
        agency = Journeys.agencyId(as("practitioner1"), "NBH-CHS");
        for (boolean shielded : new boolean[] {false, true}) {
            scenarios.add(scenario(new Actor("holding team's lead", "teamlead1", EnumSet.of(Relation.HOLDING_TEAM_LEAD)),
                    shielded, "practitioner1", null));
            scenarios.add(scenario(new Actor("lead professional from another team", "practitioner3",
                    EnumSet.of(Relation.LEAD_PROFESSIONAL, Relation.OTHER_TEAM)), shielded, "practitioner1", "lead"));
            scenarios.add(scenario(new Actor("practitioner who opened the case", "practitioner1",
                    EnumSet.of(Relation.INVOLVED)), shielded, "practitioner1", null));
            scenarios.add(scenario(new Actor("another practitioner of the holding team", "practitioner2",
                    EnumSet.of(Relation.TEAM_PRACTITIONER)), shielded, "practitioner1", null));
            scenarios.add(scenario(new Actor("Team Around the Child member (team lead of another team)", "teamlead2",
                    EnumSet.of(Relation.TAC_MEMBER, Relation.OTHER_TEAM)), shielded, "practitioner1", "join"));
            scenarios.add(scenario(new Actor("practitioner with access without involvement", "practitioner3",
                    EnumSet.of(Relation.ACCESS_GRANT, Relation.OTHER_TEAM)), shielded, "practitioner1", "grant"));
            scenarios.add(scenario(new Actor("practitioner of the team the case was transferred from", "practitioner3",
                    EnumSet.of(Relation.FORMER_HOLDER, Relation.OTHER_TEAM)), shielded, "practitioner3", "transfer"));
            scenarios.add(scenario(new Actor("practitioner of another team", "practitioner3",
                    EnumSet.of(Relation.OTHER_TEAM)), shielded, "practitioner1", null));
            scenarios.add(scenario(new Actor("team lead of another team", "teamlead2", EnumSet.of(Relation.OTHER_TEAM)),
                    shielded, "practitioner1", null));
            scenarios.add(scenario(new Actor("administrator", "admin", EnumSet.of(Relation.ADMINISTRATOR)), shielded,
                    "practitioner1", null));
        }
    }

    /**
     * A child with mother and uncle, an open case with consent, an assessment revision, an action, a Team Around the
     * Child member without an account and a pending join request; opened by {@code opener}; then {@code how} gives the
     * actor their relationship.
     */
    private Scenario scenario(Actor actor, boolean shielded, String opener, String how) {
        Api open = as(opener);
        JsonObject child = Journeys.registerChild(open, 9, shielded);
        long childId = id(child);
        String motherName = "Mother " + Journeys.randomName();
        String motherPhone = "07700 9" + (100_00 + Math.abs(motherName.hashCode() % 89_999));
        long mother = id(expect(open.post("/api/v1/children/" + childId + "/family-members", obj().add("name", motherName)
                .add("relationship", "MOTHER").add("parentalResponsibility", true).add("livesWithChild", true)
                .add("phone", motherPhone).build()), 201).json());
        long uncle = id(expect(open.post("/api/v1/children/" + childId + "/family-members", obj()
                .add("name", "Uncle " + Journeys.randomName()).add("relationship", "AUNT_OR_UNCLE")
                .add("parentalResponsibility", false).add("livesWithChild", false).build()), 201).json());
        JsonObject opened = Journeys.openCase(open, childId);
        long caseId = id(opened);
        long consent = id(Journeys.consent(open, caseId, mother, new long[] {agency}, new long[] {mother}));
        expect(Journeys.save(open, caseId, null, Journeys.completeAnswers()), 200);
        String actionText = "Action " + Journeys.randomName();
        long action = id(expect(open.post("/api/v1/cases/" + caseId + "/actions", obj().add("what", actionText)
                .add("who", "Someone").add("byWhen", LocalDate.now(Journeys.LONDON).plusDays(14).toString()).build()),
                201).json());
        long tac = id(expect(open.post("/api/v1/cases/" + caseId + "/team-members", obj().add("name", "Dr Suite")
                .add("role", "GP").build()), 201).json());
        String holdingLead = "teamlead1";
        if ("transfer".equals(how)) {
            long transfer = id(expect(as("practitioner1").post("/api/v1/children/" + childId + "/case-requests", obj()
                    .add("kind", "TRANSFER").add("reason", "Suite transfer").build()), 201).json());
            expect(as("teamlead2").post("/api/v1/case-requests/" + transfer + "/decision", obj().add("accept", true)
                    .build()), 200);
        } else if ("lead".equals(how)) {
            expect(as(holdingLead).put("/api/v1/cases/" + caseId + "/lead-professional", obj()
                    .add("practitionerId", ids.get("practitioner3")).build(), Map.of()), 200);
        } else if ("join".equals(how)) {
            long join = id(expect(as("teamlead2").post("/api/v1/children/" + childId + "/case-requests", obj()
                    .add("kind", "JOIN").add("reason", "Suite join").add("role", "Visiting lead").build()), 201).json());
            expect(as(holdingLead).post("/api/v1/case-requests/" + join + "/decision", obj().add("accept", true)
                    .build()), 200);
        } else if ("grant".equals(how)) {
            Api.Answer grant = as("practitioner3").post("/api/v1/children/" + childId + "/access-grants", obj()
                    .add("reason", "Suite needs to read this record").build());
            assertThat(grant.status()).as(grant.toString()).isEqualTo(shielded ? 403 : 201);
        }
        String requester = actor.username().equals("practitioner2") ? "teamlead2" : "practitioner2";
        long request = id(expect(as(requester).post("/api/v1/children/" + childId + "/case-requests", obj()
                .add("kind", "JOIN").add("reason", "Suite pending request").add("role", "Helper").build()), 201).json());
        JsonObject full = expect(as(holdingLead).get("/api/v1/children/" + childId), 200).json();
        return new Scenario(actor, shielded, childId, caseId, mother, uncle, consent, action, tac, request, agency,
                opened.getString("reference"), full.getString("givenNames"), full.getString("familyName"),
                full.getString("dateOfBirth"), full.getString("address"), motherName, motherPhone, actionText,
                ids.get("practitioner1"), ids.get("practitioner2"));
    }

    // ================================================================ completeness

    @Test
    void everyEndpointOfTheApiHasRows() {
        Api.Answer openapi = expect(Api.anonymous(server.baseUrl()).get("/openapi",
                Map.of("Accept", "application/json")), 200);
        JsonObject paths;
        try (var reader = Json.createReader(new StringReader(openapi.body()))) {
            paths = reader.readObject().getJsonObject("paths");
        }
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.asJsonObject().keySet().stream()
                .filter(m -> Set.of("get", "put", "post", "delete", "patch").contains(m))
                .forEach(m -> documented.add(m.toUpperCase() + " " + normalise(path))));
        Set<String> covered = new TreeSet<>();
        RECORD_ROWS.forEach(r -> covered.add(r.method() + " " + normalise(r.path())));
        ROLE_ROWS.forEach(r -> covered.add(r.method() + " " + normalise(r.path())));
        covered.add("POST " + normalise(WITHDRAWAL));

        assertThat(covered).as("endpoints of the API without rows in the authorisation suite")
                .containsAll(documented);
        assertThat(documented).as("rows of the suite for endpoints the API does not have").containsAll(covered);
    }

    /** A path as a pattern: query dropped, the API prefix dropped, every {parameter} and number alike. */
    static String normalise(String path) {
        String p = path.replaceAll("\\?.*$", "").replaceFirst("^/api/v1", "");
        return p.replaceAll("\\{[^}]+}", "{}").replaceAll("/\\d+(?=/|$)", "/{}").replaceAll("/caf/\\{}", "/{}/{}");
    }

    @Test
    void everyPageHasRows() throws IOException {
        Path webapp = Path.of("src", "main", "webapp");
        Set<String> found;
        try (Stream<Path> files = Files.walk(webapp)) {
            found = files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.startsWith("/WEB-INF/") && !f.startsWith("/resources/"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> covered = new TreeSet<>();
        PAGE_ROWS.forEach(r -> covered.add(r.path().replaceAll("\\?.*$", "")));
        covered.addAll(ROLE_PAGES.keySet());
        covered.addAll(PUBLIC_PAGES);

        assertThat(covered).as("pages without rows in the authorisation suite").containsAll(found);
    }

    // ================================================================ the matrix

    enum Expected { ALLOWED, FORBIDDEN, OUT_OF_REACH, ADMINISTRATOR }

    static Expected expected(Target target, RecordKind kind, Operation op, Set<Relation> relations, boolean shielded) {
        if (relations.equals(Set.of(Relation.ADMINISTRATOR))) {
            return Expected.ADMINISTRATOR;
        }
        RecordKind reach = target != Target.CHILD ? RecordKind.CASE_SUMMARY
                : switch (kind) {
                    case CHILD_INDEX, NEW_CASE, CASE_REQUESTS, ACCESS_GRANTS -> RecordKind.CHILD_INDEX;
                    default -> RecordKind.CHILD_SUMMARY;
                };
        if (!AccessPolicy.permits(relations, shielded, reach, Operation.READ)) {
            return Expected.OUT_OF_REACH;
        }
        return AccessPolicy.permits(relations, shielded, kind, op) ? Expected.ALLOWED : Expected.FORBIDDEN;
    }

    @TestFactory
    @Order(2)
    Stream<DynamicNode> everyEndpointAgainstEveryRelationship() {
        return scenarios.stream().map(s -> {
            List<DynamicNode> tests = new ArrayList<>();
            Map<String, Integer> denials = new LinkedHashMap<>();
            for (Row row : RECORD_ROWS) {
                Expected expected = expected(row.target(), row.kind(), row.op(), s.actor().relations(), s.shielded());
                tests.add(DynamicTest.dynamicTest(row.name() + " (" + row.kind() + " " + row.op() + "): " + expected,
                        () -> {
                            cells.incrementAndGet();
                            Api.Answer answer = call(s, row);
                            try {
                                check(expected, answer, row.name());
                                if (expected != Expected.ALLOWED) {
                                    denials.merge(s.recordType(row.target()) + "/" + s.recordId(row.target()), 1,
                                            Integer::sum);
                                }
                                if (expected == Expected.ALLOWED && row.method().equals("GET")) {
                                    checkWhatIsShown(s, row, answer);
                                }
                            } catch (AssertionError e) {
                                wrong.incrementAndGet();
                                throw e;
                            }
                        }));
            }
            tests.add(DynamicTest.dynamicTest("POST " + WITHDRAWAL + ": only the requester", () -> {
                cells.incrementAndGet();
                Api.Answer answer = as(s.actor().username()).post(s.fill(WITHDRAWAL), null);
                Expected expected = s.actor().relations().equals(Set.of(Relation.ADMINISTRATOR)) ? Expected.ADMINISTRATOR
                        : Expected.OUT_OF_REACH;
                check(expected, answer, WITHDRAWAL);
            }));
            tests.add(DynamicTest.dynamicTest("every refusal above is in the audit log, as " + s.actor().username(), () -> {
                for (Map.Entry<String, Integer> record : denials.entrySet()) {
                    String[] parts = record.getKey().split("/");
                    long logged = expect(as("admin").get("/api/v1/audit?recordType=" + parts[0] + "&recordId="
                            + parts[1] + "&limit=1000"), 200).array().stream().map(JsonValue::asJsonObject)
                            .filter(e -> e.getString("actor").equals(s.actor().username())
                                    && !e.getString("outcome").equals("SUCCESS")).count();
                    assertThat(logged).as("refusals audited for " + record.getKey()).isGreaterThanOrEqualTo(record.getValue());
                }
            }));
            return DynamicContainer.dynamicContainer(s.label(), tests);
        });
    }

    private Api.Answer call(Scenario s, Row row) {
        Api caller = as(s.actor().username());
        String path = s.fill(row.path());
        JsonObject body = row.body().apply(s);
        return switch (row.method()) {
            case "GET" -> caller.get(path);
            case "POST" -> caller.post(path, body);
            case "PUT" -> caller.put(path, body, row.headers());
            case "DELETE" -> caller.delete(path);
            default -> throw new IllegalArgumentException(row.method());
        };
    }

    private static void check(Expected expected, Api.Answer answer, String what) {
        String code = answer.header("content-type") != null && answer.header("content-type").contains("json")
                && answer.bytes().length > 0 && answer.body().startsWith("{") && answer.json().containsKey("code")
                ? answer.json().getString("code") : null;
        switch (expected) {
            case ADMINISTRATOR -> {
                assertThat(answer.status()).as(what + ": " + answer).isEqualTo(403);
                assertThat(code).isEqualTo("NO_CASE_ACCESS");
            }
            case OUT_OF_REACH -> {
                assertThat(answer.status()).as(what + ": " + answer).isEqualTo(404);
                assertThat(code).isEqualTo("NOT_FOUND");
            }
            case FORBIDDEN -> {
                assertThat(answer.status()).as(what + ": " + answer).isEqualTo(403);
                assertThat(code).as(what).isIn(ACCESS_CODES);
            }
            case ALLOWED -> {
                assertThat(answer.status()).as(what + ": " + answer).isNotIn(401, 404, 500);
                if (answer.status() == 403) {
                    assertThat(code).as(what + ": refused by a rule, not for access").isNotIn(ACCESS_CODES);
                }
            }
        }
    }

    /** For reads that are allowed: a summary only where the table gives no more. */
    private void checkWhatIsShown(Scenario s, Row row, Api.Answer answer) {
        Set<Relation> r = s.actor().relations();
        if (row.path().equals("/api/v1/cases/{case}")) {
            boolean content = AccessPolicy.permits(r, s.shielded(), RecordKind.CASE, Operation.READ);
            assertThat(answer.json().getBoolean("restricted")).as("case content shown").isEqualTo(!content);
            if (!AccessPolicy.permits(r, s.shielded(), RecordKind.CHILD_PARTICULARS, Operation.READ)) {
                assertThat(answer.body()).doesNotContain(s.address()).doesNotContain(s.motherPhone());
            }
        }
        if (row.path().equals("/api/v1/children/{child}")) {
            boolean particulars = AccessPolicy.permits(r, s.shielded(), RecordKind.CHILD_PARTICULARS, Operation.READ);
            assertThat(answer.json().getBoolean("restricted")).as("particulars shown").isEqualTo(!particulars);
            if (!particulars) {
                assertThat(answer.body()).doesNotContain(s.address()).doesNotContain(s.motherPhone());
            }
        }
    }

    /** Pages first: they only read, and the endpoints' changes (an access grant) would change what they show. */
    @TestFactory
    @Order(1)
    Stream<DynamicNode> everyPageAgainstEveryRelationship() {
        return scenarios.stream().map(s -> DynamicContainer.dynamicContainer(s.label(), PAGE_ROWS.stream().map(page ->
                DynamicTest.dynamicTest(page.path() + " (" + page.kind() + " R)", () -> {
                    cells.incrementAndGet();
                    PageSession session = pages.computeIfAbsent(s.actor().username(),
                            u -> PageSession.signIn(server, u));
                    PageSession.Page shown = session.get(s.fill(page.path()));
                    assertThat(shown.status()).isNotEqualTo(500);
                    boolean may = !s.actor().relations().equals(Set.of(Relation.ADMINISTRATOR))
                            && AccessPolicy.permits(s.actor().relations(), s.shielded(), page.kind(), Operation.READ);
                    try {
                        if (may) {
                            assertThat(shown.body()).as("shows " + page.path()).contains(page.proof().apply(s));
                        } else {
                            assertThat(shown.body()).as("hides " + page.path())
                                    .doesNotContain(s.address()).doesNotContain(s.motherPhone())
                                    .doesNotContain(s.motherName()).doesNotContain(s.actionText())
                                    .doesNotContain("pharmacist");
                        }
                    } catch (AssertionError e) {
                        wrong.incrementAndGet();
                        throw e;
                    }
                }))));
    }

    @TestFactory
    Stream<DynamicNode> everyRoleEndpointAgainstEveryRole() {
        List<String> users = List.of("practitioner1", "practitioner3", "teamlead1", "admin");
        return ROLE_ROWS.stream().map(row -> DynamicContainer.dynamicContainer(row.method() + " " + row.path(),
                users.stream().map(user -> DynamicTest.dynamicTest(user + ": " + (row.allowed().contains(user)
                        ? "allowed" : "refused"), () -> {
                    cells.incrementAndGet();
                    JsonObject body = row.body().apply(server);
                    String path = resolve(server, row.path());
                    Api.Answer answer = row.method().equals("GET") ? as(user).get(path)
                            : row.method().equals("PUT") ? as(user).put(path, body, Map.of())
                            : as(user).post(path, body);
                    try {
                        if (row.allowed().contains(user) && row.allowedStatus() != 0) {
                            assertThat(answer.status()).as(answer.toString()).isEqualTo(row.allowedStatus());
                        } else if (row.allowed().contains(user)) {
                            assertThat(answer.status()).as(answer.toString()).isBetween(200, 299);
                        } else {
                            assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
                        }
                    } catch (AssertionError e) {
                        wrong.incrementAndGet();
                        throw e;
                    }
                }))));
    }

    @TestFactory
    Stream<DynamicNode> everyRolePageAgainstEveryRole() {
        List<String> users = List.of("practitioner1", "practitioner3", "teamlead1", "admin");
        return ROLE_PAGES.entrySet().stream().map(page -> DynamicContainer.dynamicContainer(page.getKey(),
                users.stream().map(user -> DynamicTest.dynamicTest(user, () -> {
                    cells.incrementAndGet();
                    PageSession.Page shown = pages.computeIfAbsent(user, u -> PageSession.signIn(server, u))
                            .get(page.getKey());
                    assertThat(shown.status()).as(page.getKey()).isNotEqualTo(500);
                    if (!page.getValue().contains(user)) {
                        assertThat(shown.body()).as(page.getKey() + " as " + user)
                                .doesNotContain("id=\"resultTable\"").doesNotContain("id=\"child:register\"")
                                .doesNotContain("id=\"caseload\"").doesNotContain("id=\"teamCases\"");
                    }
                }))));
    }

    @AfterAll
    void report() {
        String summary = "Authorisation suite: " + cells.get() + " cells tested, " + wrong.get() + " wrong ("
                + scenarios.size() + " relationships x records, " + RECORD_ROWS.size() + " record endpoints, "
                + ROLE_ROWS.size() + " role endpoints, " + PAGE_ROWS.size() + " record pages, " + ROLE_PAGES.size()
                + " role pages)";
        System.out.println(summary);
        try {
            Files.writeString(EcafServer.TARGET.resolve("authorisation-suite.txt"), summary + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
