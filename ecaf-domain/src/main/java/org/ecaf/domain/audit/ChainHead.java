package org.ecaf.domain.audit;

/**
 * The end of the audit chain as the database records it: the last sequence and its hash, and the first sequence
 * whose hash is keyed (events before it were written, unkeyed, before the key took over).
 */
public record ChainHead(long sequence, String hash, long keyedFrom) {
}
