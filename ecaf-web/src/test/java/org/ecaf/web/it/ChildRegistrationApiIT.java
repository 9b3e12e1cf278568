package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.testing.Journeys.expect;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.EcafServer;
import org.ecaf.web.testing.EcafServerExtension;
import org.ecaf.web.testing.Journeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Registering a child: the duplicate check, confirming anyway with a reason, validation, and search. */
@ExtendWith(EcafServerExtension.class)
class ChildRegistrationApiIT {

    private static JsonObjectBuilder child(String given, String family, String dob, String postcode) {
        return Json.createObjectBuilder().add("givenNames", given).add("familyName", family).add("dateOfBirth", dob)
                .add("postcode", postcode).add("address", "3 Quay Road, Northbridge");
    }

    @Test
    void aLikelyDuplicateIsShownWithWhyItMatchedBeforeAnythingIsCreated(EcafServer server) {
        Api aisha = Api.as(server, "practitioner1");
        String family = Journeys.randomName();
        JsonObject first = expect(aisha.post("/api/v1/children", child("Siobhán", family + "-Smith", "2016-03-04",
                "NB3 4QR").build()), 201).json();

        Api.Answer duplicate = aisha.post("/api/v1/children", child("Siobhan", family, "2016-04-03", "nb3 4qr").build());
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().getString("code")).isEqualTo("POSSIBLE_DUPLICATE");
        JsonObject candidate = duplicate.json().getJsonArray("candidates").getJsonObject(0);
        assertThat(candidate.getJsonObject("child").getJsonNumber("id").longValue())
                .isEqualTo(first.getJsonNumber("id").longValue());
        assertThat(candidate.getJsonArray("reasons").stream().map(r -> r.asJsonObject().getString("code")).toList())
                .contains("DATE_OF_BIRTH_DAY_MONTH_SWAPPED", "SAME_POSTCODE");
        assertThat(candidate.getJsonArray("reasons").getJsonObject(0).getString("explanation")).isNotBlank();
        // nothing was created
        assertThat(aisha.get("/api/v1/children?query=" + family).array()).hasSize(1);

        JsonObject confirmed = expect(aisha.post("/api/v1/children", child("Siobhan", family, "2016-04-03", "NB3 4QR")
                .add("notDuplicateReason", "Cousin of the other Siobhán; different mother, confirmed with school.")
                .build()), 201).json();
        assertThat(confirmed.getString("postcode")).isEqualTo("NB3 4QR");
        Api.Answer audit = expect(Api.as(server, "admin").get("/api/v1/audit?limit=50"), 200);
        assertThat(audit.array().stream().map(e -> e.asJsonObject().getString("action")))
                .contains("child.register.despite-duplicates");
    }

    @Test
    void anIdenticalNhsNumberIsAlwaysALikelyDuplicate(EcafServer server) {
        Api aisha = Api.as(server, "practitioner1");
        Api siobhan = Api.as(server, "practitioner3");
        expect(aisha.post("/api/v1/children", child(Journeys.randomName(), Journeys.randomName(), "2012-01-01", "NB1 1AA")
                .add("nhsNumber", "401 023 2137").add("notDuplicateReason", "fixture").build()), 201);
        Api.Answer answer = siobhan.post("/api/v1/children", child(Journeys.randomName(), Journeys.randomName(),
                "2019-07-07", "PR9 0QS").add("nhsNumber", "4010232137").build());
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.body()).contains("SAME_NHS_NUMBER");
    }

    @Test
    void invalidParticularsAreAllReportedAndNothingIsCreated(EcafServer server) {
        Api aisha = Api.as(server, "practitioner1");
        Api.Answer answer = aisha.post("/api/v1/children", Json.createObjectBuilder()
                .add("givenNames", " ").add("dateOfBirth", "2099-01-01").add("postcode", "not a postcode")
                .add("nhsNumber", "1234567890").build());
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().getJsonArray("violations").stream()
                .map(v -> v.asJsonObject().getString("target") + ":" + v.asJsonObject().getString("code")).toList())
                .contains("givenNames:REQUIRED", "familyName:REQUIRED", "dateOfBirth:DATE_IN_FUTURE",
                        "postcode:INVALID_POSTCODE", "nhsNumber:INVALID_NHS_NUMBER");
        Api.Answer malformed = aisha.post("/api/v1/children", "{\"givenNames\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.header("content-type")).startsWith("application/problem+json");
        Api.Answer badDate = aisha.post("/api/v1/children", "{\"givenNames\": \"A\", \"familyName\": \"B\", \"dateOfBirth\": \"04/03/2015\"}");
        assertThat(badDate.status()).isEqualTo(422);
        assertThat(badDate.json().getJsonArray("violations").getJsonObject(0).getString("target")).isEqualTo("dateOfBirth");
        assertThat(badDate.body()).doesNotContain("\tat ");
    }

    @Test
    void theDuplicateCheckRunsWithoutRegistering(EcafServer server) {
        Api aisha = Api.as(server, "practitioner1");
        String family = Journeys.randomName();
        JsonObject first = expect(aisha.post("/api/v1/children", child("Elizabeth", family, "2017-05-09", "NB5 1AA")
                .add("notDuplicateReason", "fixture").build()), 201).json();

        // a short form, names the other way round, another address: still this child, and nothing is created
        JsonObject answer = expect(aisha.post("/api/v1/children/matches", child(family, "Beth", "2017-05-09",
                "M1 1AE").build()), 200).json();
        JsonObject candidate = answer.getJsonArray("candidates").getJsonObject(0);
        assertThat(candidate.getJsonObject("child").getJsonNumber("id").longValue())
                .isEqualTo(first.getJsonNumber("id").longValue());
        assertThat(candidate.getJsonArray("reasons").stream().map(r -> r.asJsonObject().getString("code")).toList())
                .contains("NAMES_SWAPPED", "SAME_DATE_OF_BIRTH");
        assertThat(aisha.get("/api/v1/children?query=" + family).array()).hasSize(1);

        JsonObject twin = expect(aisha.post("/api/v1/children/matches", child("Oliver", family, "2017-05-09",
                "NB5 1AA").build()), 200).json();
        assertThat(twin.getJsonArray("candidates")).isEmpty();

        Api.Answer invalid = aisha.post("/api/v1/children/matches", child("", family, "2099-01-01", "NB5 1AA").build());
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(Api.as(server, "admin").post("/api/v1/children/matches", child("Beth", family, "2017-05-09",
                "NB5 1AA").build()).status()).isEqualTo(403);
    }

    @Test
    void aShieldedChildFoundByTheCheckOfAnotherTeamIsNamedButItsDateOfBirthAndPostcodeAreNotConfirmed(
            EcafServer server) {
        Api aisha = Api.as(server, "practitioner1");
        Api otherTeam = Api.as(server, "practitioner2");
        String family = Journeys.randomName();
        String nhs = randomNhsNumber();
        JsonObject shielded = expect(aisha.post("/api/v1/children", child("Amelia", family, "2016-03-04", "NB7 2QT")
                .add("nhsNumber", nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6))
                .add("shielded", true).add("notDuplicateReason", "fixture").build()),
                201).json();
        long id = shielded.getJsonNumber("id").longValue();

        // another team's practitioner types the names, the date with day and month swapped, the postcode and the NHS
        // number: through the check without registering, and through registering
        JsonObject probe = child("Amelia", family, "2016-04-03", "NB7 2QT").add("nhsNumber", nhs).build();
        JsonObject checked = expect(otherTeam.post("/api/v1/children/matches", probe), 200).json();
        Api.Answer registered = otherTeam.post("/api/v1/children", probe);
        assertThat(registered.status()).isEqualTo(409);
        for (JsonObject answer : new JsonObject[] {checked, registered.json()}) {
            JsonObject candidate = answer.getJsonArray("candidates").getJsonObject(0);
            assertThat(candidate.getJsonObject("child").getJsonNumber("id").longValue()).isEqualTo(id);
            assertThat(candidate.getJsonObject("child").getBoolean("restricted")).isTrue();
            // the names (and the NHS number typed) say why; that the date and the postcode agree is not said
            assertThat(candidate.getJsonArray("reasons").stream().map(r -> r.asJsonObject().getString("code")).toList())
                    .contains("SAME_FAMILY_NAME", "DETAILS_NOT_SHOWN")
                    .doesNotContain("DATE_OF_BIRTH_DAY_MONTH_SWAPPED", "SAME_POSTCODE");
            String text = answer.toString();
            assertThat(text).doesNotContain("04/03/2016").doesNotContain("2016-03-04").doesNotContain("NB7 2QT")
                    .doesNotContain("NB7").doesNotContain(nhs).doesNotContain(nhs.substring(0, 3) + " " + nhs.substring(3, 6))
                    .doesNotContain(shielded.getString("address"));
        }
        // the team that holds the record sees why in full
        JsonObject own = expect(aisha.post("/api/v1/children/matches", probe), 200).json();
        assertThat(own.getJsonArray("candidates").getJsonObject(0).getJsonArray("reasons").stream()
                .map(r -> r.asJsonObject().getString("code")).toList())
                .contains("DATE_OF_BIRTH_DAY_MONTH_SWAPPED", "SAME_POSTCODE", "SAME_NHS_NUMBER")
                .doesNotContain("DETAILS_NOT_SHOWN");
        // and nothing was registered by the other team
        assertThat(aisha.get("/api/v1/children?query=" + family).array()).hasSize(1);
    }

    @Test
    void anotherTeamCannotFindAShieldedChildByPostcodeDateOrPreviousNameNorLinkThatNameToItsPresentOne(
            EcafServer server) {
        Api aisha = Api.as(server, "practitioner1");
        Api otherTeam = Api.as(server, "practitioner2");
        String family = Journeys.randomName();
        String previousFamily = Journeys.randomName();
        String postcode = "NB6 " + (1 + new java.util.Random().nextInt(9)) + "QT";
        JsonObject shielded = expect(aisha.post("/api/v1/children", child("Amelia", family, "2016-06-21", postcode)
                .add("otherNames", Json.createArrayBuilder().add("Kayla " + previousFamily)).add("shielded", true)
                .add("notDuplicateReason", "fixture").build()), 201).json();
        long id = shielded.getJsonNumber("id").longValue();
        String enc = postcode.replace(" ", "%20");

        // the team that holds the record finds her every way
        for (String query : new String[] {"postcode=" + enc, "dateOfBirth=2016-06-21",
                "query=Kayla%20" + previousFamily + "&dateOfBirth=2016-06-21",
                "query=Amelia%20" + family + "&postcode=" + enc}) {
            assertThat(ids(expect(aisha.get("/api/v1/children?" + query), 200))).as(query).contains(id);
        }
        // another team: not by where she lives, not by her date alone, not by the name she no longer uses
        for (String query : new String[] {"postcode=" + enc, "dateOfBirth=2016-06-21",
                "query=Kayla%20" + previousFamily, "query=Kayla%20" + previousFamily + "&dateOfBirth=2016-06-21",
                "query=Amelia%20" + family + "&postcode=" + enc}) {
            Api.Answer answer = expect(otherTeam.get("/api/v1/children?" + query), 200);
            assertThat(ids(answer)).as(query).doesNotContain(id);
            assertThat(answer.body()).as(query).doesNotContain(family);
        }
        // by her present name, as every child: the name, an age band and whom to contact
        JsonObject found = expect(otherTeam.get("/api/v1/children?query=Amelia%20" + family), 200).array().stream()
                .map(v -> v.asJsonObject()).filter(c -> c.getJsonNumber("id").longValue() == id).findFirst()
                .orElseThrow();
        assertThat(found.getBoolean("restricted")).isTrue();
        assertThat(found.toString()).doesNotContain(postcode).doesNotContain("2016-06-21").doesNotContain(previousFamily);

        // the duplicate check with the previous name still stops a second record, without her present name
        JsonObject checked = expect(otherTeam.post("/api/v1/children/matches", child("Kayla", previousFamily,
                "2016-06-21", postcode).build()), 200).json();
        JsonObject candidate = checked.getJsonArray("candidates").stream().map(v -> v.asJsonObject())
                .filter(c -> c.getJsonObject("child").getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertThat(candidate.getJsonObject("child").getString("displayName")).isEqualTo("Name not shown");
        assertThat(candidate.getJsonArray("reasons").stream().map(r -> r.asJsonObject().getString("code")).toList())
                .containsExactly("DETAILS_NOT_SHOWN");
        assertThat(checked.toString()).doesNotContain(family).doesNotContain("Amelia");
        Api.Answer registered = otherTeam.post("/api/v1/children", child("Kayla", previousFamily, "2016-06-21",
                postcode).build());
        assertThat(registered.status()).isEqualTo(409);
        assertThat(registered.body()).doesNotContain(family).doesNotContain("Amelia");
    }

    private static List<Long> ids(Api.Answer answer) {
        return answer.array().stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    /** A valid NHS number (modulus 11 check digit) no other test uses. */
    private static String randomNhsNumber() {
        java.util.Random random = new java.util.Random();
        while (true) {
            StringBuilder digits = new StringBuilder();
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                int d = random.nextInt(10);
                digits.append(d);
                sum += d * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return digits.append(check).toString();
            }
        }
    }

    @Test
    void searchByNamesAloneListsTheNameSpeltAsTypedBeforeANearSpelling(EcafServer server) {
        Api aisha = Api.as(server, "practitioner1");
        String family = Journeys.randomName();
        // the last vowel changed: the same sound (keys), a name the matcher calls alike and weighs a little more
        char last = family.charAt(family.length() - 1);
        String near = family.substring(0, family.length() - 1) + (last == 'a' ? 'o' : 'a');
        long nearId = expect(aisha.post("/api/v1/children", child("Ella", near, "2015-02-11", "NB7 2XY")
                .add("notDuplicateReason", "fixture").build()), 201).json().getJsonNumber("id").longValue();
        long exactId = expect(aisha.post("/api/v1/children", child("Ella", family, "2016-09-30", "NB7 3XY")
                .add("notDuplicateReason", "fixture").build()), 201).json().getJsonNumber("id").longValue();
        assertThat(ids(expect(aisha.get("/api/v1/children?query=Ella%20" + family), 200))).startsWith(exactId)
                .contains(nearId);
        assertThat(ids(expect(aisha.get("/api/v1/children?query=" + near + "%20Ella"), 200))).startsWith(nearId)
                .contains(exactId);
    }

    @Test
    void searchFindsChildrenBySoundAlikeNameDateOfBirthAndPostcode(EcafServer server) {
        Api aisha = Api.as(server, "practitioner1");
        String family = Journeys.randomName();
        expect(aisha.post("/api/v1/children", child("Mohammed", family, "2014-06-01", "NB7 2XY")
                .add("notDuplicateReason", "fixture").build()), 201);
        assertThat(aisha.get("/api/v1/children?query=" + family.toLowerCase()).array()).hasSize(1);
        assertThat(aisha.get("/api/v1/children?query=" + family + "&dateOfBirth=2014-06-01").array()).hasSize(1);
        // a date of birth a day out still finds the child; one years away does not
        assertThat(aisha.get("/api/v1/children?query=" + family + "&dateOfBirth=2014-06-02").array()).hasSize(1);
        assertThat(aisha.get("/api/v1/children?query=" + family + "&dateOfBirth=2016-09-20").array()).isEmpty();
        // a given name misspelt out of its sound (Mohanmed), with no date: found by the family name, ranked by both
        assertThat(ids(expect(aisha.get("/api/v1/children?query=Mohanmed%20" + family), 200))).hasSize(1);
        // names in any order, a short form, and wildcards taken literally
        assertThat(aisha.get("/api/v1/children?query=" + family + "%20mo").array()).hasSize(1);
        assertThat(aisha.get("/api/v1/children?query=%25").status()).isEqualTo(422);
        assertThat(aisha.get("/api/v1/children?query=" + family.substring(0, 3) + "%25").array()).isEmpty();
        assertThat(aisha.get("/api/v1/children?query=" + family + "&postcode=nb7%202xy").array()).hasSize(1);
        assertThat(aisha.get("/api/v1/children").status()).isEqualTo(422);
        assertThat(Api.as(server, "admin").get("/api/v1/children?query=" + family).status()).isEqualTo(403);
    }
}
