package org.ecaf.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-21T09:00:00.123456789+01:00");

    private static List<AuditEvent> chain(int n) {
        List<AuditEvent> events = new ArrayList<>();
        AuditEvent previous = null;
        for (int i = 1; i <= n; i++) {
            previous = AuditEvent.append(previous, AT.plusSeconds(i),
                    new AuditEntry("practitioner1", "case.read", "case", "7", AuditOutcome.SUCCESS, "read " + i));
            events.add(previous);
        }
        return events;
    }

    @Test
    void anUnbrokenChainHasNoBreak() {
        List<AuditEvent> events = chain(5);
        assertThat(events.get(0).getPreviousHash()).isEqualTo(AuditEvent.GENESIS);
        assertThat(events.get(4).getSequence()).isEqualTo(5);
        assertThat(AuditChain.firstBreak(events, AuditEvent.GENESIS)).isEmpty();
    }

    @Test
    void timesAreKeptInUtcToTheMillisecondSoTheHashSurvivesADatabase() {
        AuditEvent event = chain(1).get(0);
        assertThat(event.getOccurredAt()).isEqualTo(OffsetDateTime.parse("2026-11-21T08:00:01.123Z"));
        assertThat(event.computeHash()).isEqualTo(event.getHash()).hasSize(64);
    }

    @Test
    void aRemovedEventBreaksTheChainWhereItWas() {
        List<AuditEvent> events = chain(5);
        events.remove(2);
        assertThat(AuditChain.firstBreak(events, AuditEvent.GENESIS)).contains(4L);
    }

    @Test
    void eventsAfterTheStartChainToTheHashBeforeThem() {
        List<AuditEvent> events = chain(6);
        assertThat(AuditChain.firstBreak(events.subList(3, 6), events.get(2).getHash())).isEmpty();
        assertThat(AuditChain.firstBreak(events.subList(3, 6), AuditEvent.GENESIS)).contains(4L);
    }

    @Test
    void longDetailIsShortenedNotRefused() {
        AuditEntry entry = new AuditEntry("a", "b", null, null, AuditOutcome.FAILED, "x".repeat(5000));
        assertThat(entry.detail()).hasSize(1000).endsWith("…");
    }
}
