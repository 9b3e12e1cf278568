package org.ecaf.domain.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed note of where the audit chain ended at one moment (its last sequence and hash) and from which sequence
 * it is keyed, kept outside the database. The database can then not lose its newest events, nor have its head moved
 * back, without the next verification noticing: the chain must still reach the checkpoint's sequence with the
 * checkpoint's hash. One checkpoint is one line, signed with the audit key's checkpoint HMAC.
 *
 * @param sequence  the last sequence of the chain when the checkpoint was taken (0 for an empty log)
 * @param hash      that event's hash
 * @param keyedFrom the first sequence with a keyed hash
 * @param chain     which log this is: the hash of its first event ({@link AuditEvent#GENESIS} while it is empty), so
 *                  that checkpoints of another database kept in the same folder are not taken for this one's
 * @param at        when the checkpoint was taken (UTC, to the millisecond)
 */
public record AuditCheckpoint(long sequence, String hash, long keyedFrom, String chain, OffsetDateTime at) {

    private static final String PREFIX = "ecaf-audit-checkpoint v1";
    private static final Pattern LINE = Pattern.compile(Pattern.quote(PREFIX)
            + " seq=(\\d{1,19}) hash=([0-9a-f]{64}) keyedFrom=(\\d{1,19}) chain=([0-9a-f]{64}) at=(\\S+)"
            + " mac=([0-9a-f]{64})");

    public AuditCheckpoint {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(chain, "chain");
        at = at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    /** The checkpoint of {@code head} of the log whose first event has the hash {@code chain}, taken at {@code at}. */
    public static AuditCheckpoint of(ChainHead head, String chain, OffsetDateTime at) {
        return new AuditCheckpoint(head.sequence(), head.hash(), head.keyedFrom(), chain, at);
    }

    /** The line to write: its content and the HMAC of that content under the key's checkpoint key. */
    public String line(AuditKey key) {
        String content = content();
        return content + " mac=" + key.sign(content);
    }

    private String content() {
        return PREFIX + " seq=" + sequence + " hash=" + hash + " keyedFrom=" + keyedFrom + " chain=" + chain + " at="
                + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at);
    }

    /**
     * The checkpoint a line holds, or empty when the line is not one or its signature does not hold under
     * {@code key} (someone wrote or changed it without the key). Lines may carry text before the checkpoint (a log
     * line's time and level).
     */
    public static Optional<AuditCheckpoint> verified(String line, AuditKey key) {
        Matcher m = LINE.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            AuditCheckpoint checkpoint = new AuditCheckpoint(Long.parseLong(m.group(1)), m.group(2),
                    Long.parseLong(m.group(3)), m.group(4), OffsetDateTime.parse(m.group(5)));
            String content = checkpoint.content();
            if (!content.equals(m.group().substring(0, m.group().length() - " mac=".length() - 64))
                    || !key.signs(content, m.group(6))) {
                return Optional.empty();
            }
            return Optional.of(checkpoint);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** True when {@code line} looks like a checkpoint, signed or not. */
    public static boolean looksLikeCheckpoint(String line) {
        return line.contains(PREFIX);
    }
}
