package org.ecaf.web.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238 appendix B: the SHA-1 secret "12345678901234567890" (Base32 below), eight digits truncated to six. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void codesMatchTheRfc6238TestVectors() {
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(1234567890))).isEqualTo("005924");
    }

    @Test
    void aCodeIsAcceptedWithinOneStepOfDriftAndOnlyOnce() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = now.getEpochSecond() / 30;
        String current = Totp.code(RFC_SECRET, now);
        assertThat(Totp.verify(RFC_SECRET, current, now, null)).hasValue(step);
        assertThat(Totp.verify(RFC_SECRET, current.substring(0, 3) + " " + current.substring(3), now, null))
                .hasValue(step);
        assertThat(Totp.verify(RFC_SECRET, current, now, step)).isEmpty();
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, now.minusSeconds(30)), now, null)).hasValue(step - 1);
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, now.plusSeconds(30)), now, step)).hasValue(step + 1);
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, now.minusSeconds(90)), now, null)).isEmpty();
        assertThat(Totp.verify(RFC_SECRET, "abcdef", now, null)).isEmpty();
    }

    @Test
    void secretsAreNewEachTimeAndTheQrCodeIsAnAccessibleSvg() {
        assertThat(Totp.newSecret()).hasSize(32).matches("[A-Z2-7]+").isNotEqualTo(Totp.newSecret());
        assertThat(Totp.uri("aisha.khan", RFC_SECRET)).isEqualTo("otpauth://totp/eCAF:aisha.khan?secret=" + RFC_SECRET
                + "&issuer=eCAF&algorithm=SHA1&digits=6&period=30");
        assertThat(Totp.qrSvg("otpauth://x", "QR code")).startsWith("<svg").contains("role=\"img\"")
                .contains("aria-label=\"QR code\"").contains("<path");
        assertThat(Totp.grouped("ABCDEFGHIJ")).isEqualTo("ABCD EFGH IJ");
    }
}
