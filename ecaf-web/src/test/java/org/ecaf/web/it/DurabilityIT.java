package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.EcafServer;
import org.ecaf.web.testing.Journeys;
import org.ecaf.web.testing.OwnServers;
import org.junit.jupiter.api.Test;

/**
 * A save that was acknowledged is never lost: writers register children as fast as they can, the server is
 * killed ({@code kill -9}) in the middle of the stream, and after a restart every acknowledged registration is
 * there. With H2's default 500 ms write delay this loses the last half second or so of saves.
 */
@OwnServers
class DurabilityIT {

    @Test
    void everyAcknowledgedSaveSurvivesAKillAndARestart() throws Exception {
        EcafServer server = EcafServer.embedded("durability").start();
        List<Long> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean killed = new AtomicBoolean();
        CountDownLatch enough = new CountDownLatch(150);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            Api api = Api.as(server, "practitioner1");
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                running.add(writers.submit(() -> {
                    while (!killed.get()) {
                        try {
                            Api.Answer answer = api.post("/api/v1/children", Json.createObjectBuilder()
                                    .add("givenNames", Journeys.randomName()).add("familyName", Journeys.randomName())
                                    .add("dateOfBirth", "2015-05-05")
                                    .add("notDuplicateReason", "durability test").build());
                            if (answer.status() == 201) {
                                acknowledged.add(answer.json().getJsonNumber("id").longValue());
                                enough.countDown();
                            }
                        } catch (RuntimeException connectionLost) {
                            // the server is gone: what was acknowledged so far is what counts
                        }
                    }
                }));
            }
            // let the stream run until a good number of saves were acknowledged, then kill the server mid-stream
            enough.await(120, TimeUnit.SECONDS);
            server.kill();
            killed.set(true);
            for (Future<?> f : running) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            writers.shutdownNow();
            server.kill();
        }
        List<Long> saved = List.copyOf(acknowledged);
        assertThat(saved).hasSizeGreaterThanOrEqualTo(150);

        try (EcafServer restarted = new EcafServer("durability-restarted", server.dataDirectory(), java.util.Map.of()).start()) {
            Api api = Api.as(restarted, "practitioner1");
            List<Long> missing = new ArrayList<>();
            for (Long id : saved) {
                if (api.get("/api/v1/children/" + id).status() != 200) {
                    missing.add(id);
                }
            }
            assertThat(missing).as("acknowledged registrations lost by the kill").isEmpty();
            // restarting did not seed the demo data a second time
            assertThat(Api.as(restarted, "admin").get("/api/v1/accounts").array()).hasSize(6);
        }
    }
}
