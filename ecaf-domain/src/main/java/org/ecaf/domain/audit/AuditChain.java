package org.ecaf.domain.audit;

import java.util.List;
import java.util.Optional;

/** Checks that a run of consecutive audit events is unbroken. */
public final class AuditChain {

    private AuditChain() {
    }

    /**
     * The sequence number of the first event whose hash or link does not hold, or empty when the run is intact.
     *
     * @param events consecutive events in sequence order
     * @param previousHash the hash the first of them must chain to
     */
    public static Optional<Long> firstBreak(List<AuditEvent> events, String previousHash) {
        String expected = previousHash;
        long expectedSequence = events.isEmpty() ? 0 : events.get(0).getSequence();
        for (AuditEvent event : events) {
            if (event.getSequence() != expectedSequence
                    || !event.getPreviousHash().equals(expected)
                    || !event.computeHash().equals(event.getHash())) {
                return Optional.of(event.getSequence());
            }
            expected = event.getHash();
            expectedSequence++;
        }
        return Optional.empty();
    }
}
