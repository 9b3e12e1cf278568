package org.ecaf.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret that keys the audit chain: each event's hash is an HMAC-SHA256 under a key derived from it, and each
 * checkpoint of the chain's head is signed under another key derived from it. It is never kept in the database, so
 * someone who can only change the database cannot recompute a hash that verifies. Never printed.
 */
public final class AuditKey {

    /** The shortest secret accepted, in bytes. */
    public static final int MINIMUM_BYTES = 32;

    private static final String HMAC = "HmacSHA256";

    private final byte[] eventKey;
    private final byte[] checkpointKey;
    private final ThreadLocal<Mac> eventMac;
    private final ThreadLocal<Mac> checkpointMac;

    private AuditKey(byte[] secret) {
        // one secret, two purposes: an event hash can never be presented as a checkpoint signature and back
        this.eventKey = hmac(secret, "ecaf audit event v1");
        this.checkpointKey = hmac(secret, "ecaf audit checkpoint v1");
        this.eventMac = ThreadLocal.withInitial(() -> mac(eventKey));
        this.checkpointMac = ThreadLocal.withInitial(() -> mac(checkpointKey));
    }

    /** A key from at least {@link #MINIMUM_BYTES} secret bytes. */
    public static AuditKey of(byte[] secret) {
        if (secret == null || secret.length < MINIMUM_BYTES) {
            throw new IllegalArgumentException("the audit key must be at least " + MINIMUM_BYTES + " bytes");
        }
        return new AuditKey(secret.clone());
    }

    /** The lower-case hex HMAC of {@code canonical} under the event key. */
    String eventHash(String canonical) {
        return HexFormat.of().formatHex(eventMac.get().doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    /** The lower-case hex HMAC of {@code text} under the checkpoint key. */
    String sign(String text) {
        return HexFormat.of().formatHex(checkpointMac.get().doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** True when {@code signature} is the checkpoint signature of {@code text} (compared in constant time). */
    boolean signs(String text, String signature) {
        return java.security.MessageDigest.isEqual(sign(text).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] hmac(byte[] key, String text) {
        return mac(key).doFinal(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Mac mac(byte[] key) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuditKey other && Arrays.equals(eventKey, other.eventKey);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(eventKey);
    }

    @Override
    public String toString() {
        return "AuditKey[secret]";
    }
}
