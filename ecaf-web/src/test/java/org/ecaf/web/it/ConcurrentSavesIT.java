package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.testing.Journeys.expect;

import jakarta.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.EcafServer;
import org.ecaf.web.testing.EcafServerExtension;
import org.ecaf.web.testing.Journeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Writers racing on the same revision: exactly one wins, the others get STALE_REVISION, no revision is lost. Cases
 * opened at the same moment each get their own reference, and one child opened twice at once gets one case.
 */
@ExtendWith(EcafServerExtension.class)
class ConcurrentSavesIT {

    @Test
    void casesOpenedAtTheSameMomentGetTheirOwnReferencesAndOneChildGetsOneCase(EcafServer server) throws Exception {
        Api aisha = Api.as(server, "practitioner1");
        Api tom = Api.as(server, "practitioner2");
        List<Long> children = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            children.add(Journeys.registerChild(aisha, 5 + i, false).getJsonNumber("id").longValue());
        }
        ExecutorService pool = Executors.newFixedThreadPool(children.size() + 1);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Answer>> opens = new ArrayList<>();
            for (int i = 0; i < children.size(); i++) {
                long childId = children.get(i);
                Api opener = i % 2 == 0 ? aisha : tom;
                opens.add(pool.submit(() -> {
                    start.await();
                    return opener.post("/api/v1/cases", Json.createObjectBuilder().add("childId", childId).build());
                }));
            }
            long twice = children.get(0);
            opens.add(pool.submit(() -> {
                start.await();
                return tom.post("/api/v1/cases", Json.createObjectBuilder().add("childId", twice).build());
            }));
            start.countDown();
            List<String> references = new ArrayList<>();
            int alreadyOpen = 0;
            for (Future<Api.Answer> f : opens) {
                Api.Answer a = f.get(60, TimeUnit.SECONDS);
                if (a.status() == 201) {
                    references.add(a.json().getString("reference"));
                } else {
                    assertThat(a.status()).as(a.toString()).isEqualTo(409);
                    assertThat(a.json().getString("code")).isEqualTo("CASE_ALREADY_OPEN");
                    alreadyOpen++;
                }
            }
            assertThat(alreadyOpen).as("the child opened twice at once").isEqualTo(1);
            assertThat(references).hasSize(children.size()).doesNotHaveDuplicates()
                    .allMatch(r -> r.matches("CAF-\\d{4}-\\d{6}"), "CAF-year-number");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void exactlyOneOfSeveralConcurrentSavesOnTheSameRevisionWins(EcafServer server) throws Exception {
        Api aisha = Api.as(server, "practitioner1");
        Api tom = Api.as(server, "practitioner2");
        long childId = Journeys.registerChild(aisha, 10, false).getJsonNumber("id").longValue();
        long mother = Journeys.addParent(aisha, childId, "Anna " + Journeys.randomName(), true, true)
                .getJsonNumber("id").longValue();
        long caseId = Journeys.openCase(aisha, childId).getJsonNumber("id").longValue();
        Journeys.consent(aisha, caseId, mother, new long[0], new long[0]);
        expect(Journeys.save(aisha, caseId, null, Json.createObjectBuilder().add("child_views", "start").build()), 200);

        int writers = 6;
        int rounds = 5;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            for (int round = 1; round <= rounds; round++) {
                int basedOn = round;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Api.Answer>> answers = new ArrayList<>();
                for (int w = 0; w < writers; w++) {
                    Api writer = w % 2 == 0 ? aisha : tom;
                    String text = "round " + round + " writer " + w;
                    answers.add(pool.submit(() -> {
                        start.await();
                        return Journeys.save(writer, caseId, basedOn, Json.createObjectBuilder()
                                .add("child_views", text).build());
                    }));
                }
                start.countDown();
                int won = 0;
                int stale = 0;
                for (Future<Api.Answer> f : answers) {
                    Api.Answer a = f.get(60, TimeUnit.SECONDS);
                    if (a.status() == 200) {
                        won++;
                        assertThat(a.header("etag")).isEqualTo("\"" + (basedOn + 1) + "\"");
                    } else {
                        assertThat(a.status()).as(a.toString()).isEqualTo(412);
                        assertThat(a.json().getString("code")).isEqualTo("STALE_REVISION");
                        stale++;
                    }
                }
                assertThat(won).as("winners in round " + round).isEqualTo(1);
                assertThat(stale).isEqualTo(writers - 1);
            }
        } finally {
            pool.shutdownNow();
        }
        Api.Answer history = expect(aisha.get("/api/v1/cases/" + caseId + "/assessment/revisions"), 200);
        assertThat(history.array()).hasSize(rounds + 1);
        for (int i = 0; i < history.array().size(); i++) {
            assertThat(history.array().getJsonObject(i).getInt("revision")).isEqualTo(i + 1);
            if (i > 0) {
                assertThat(history.array().getJsonObject(i).getString("previousHash"))
                        .isEqualTo(history.array().getJsonObject(i - 1).getString("hash"));
            }
        }
    }
}
