package org.ecaf.web.infrastructure.security;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords (RFC 6238: HMAC-SHA1, six digits, 30-second steps, what every authenticator app
 * understands) through {@code java-otp}, and the enrolment QR code through ZXing, drawn as inline SVG so the page
 * needs no image request and no {@code data:} source in its Content-Security-Policy.
 */
public final class Totp {

    public static final Duration STEP = Duration.ofSeconds(30);
    public static final String ISSUER = "eCAF";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {
    }

    /** A new secret: 20 random bytes (160 bits, RFC 4226's recommendation), Base32 without padding. */
    public static String newSecret() {
        byte[] key = new byte[20];
        RANDOM.nextBytes(key);
        return new Base32().encodeToString(key).replace("=", "");
    }

    /** The code for {@code secret} at {@code at}: what the person's authenticator shows. */
    public static String code(String secret, Instant at) {
        try {
            return new TimeBasedOneTimePasswordGenerator(STEP).generateOneTimePasswordString(key(secret), at);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("a TOTP secret is not a valid HMAC key", e);
        }
    }

    /**
     * The 30-second step a typed code belongs to, if it matches the step of {@code now} or the one before or after
     * (clocks drift) and is later than {@code lastAccepted}, so a code is accepted once only.
     */
    public static OptionalLong verify(String secret, String typed, Instant now, Long lastAccepted) {
        String digits = typed == null ? "" : typed.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = now.getEpochSecond() / STEP.getSeconds();
        for (long step = current - 1; step <= current + 1; step++) {
            if (lastAccepted != null && step <= lastAccepted) {
                continue;
            }
            String expected = code(secret, Instant.ofEpochSecond(step * STEP.getSeconds()));
            if (java.security.MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    digits.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The {@code otpauth://} URI an authenticator app reads from the QR code. */
    public static String uri(String username, String secret) {
        String label = enc(ISSUER) + ":" + enc(username);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + enc(ISSUER)
                + "&algorithm=SHA1&digits=6&period=" + STEP.getSeconds();
    }

    /** The QR code of {@code text} as an SVG element, one path of dark modules, scaled by the page's CSS. */
    public static String qrSvg(String text, String label) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                    }
                }
            }
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" role=\"img\" aria-label=\""
                    + label.replace("\"", "&quot;").replace("<", "&lt;") + "\" viewBox=\"0 0 " + matrix.getWidth()
                    + " " + matrix.getHeight() + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\""
                    + " fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
        } catch (WriterException e) {
            throw new IllegalStateException("could not draw a QR code", e);
        }
    }

    /** The secret in groups of four, easier to type into an app than to read from a QR code. */
    public static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?=.)", "$1 ");
    }

    private static SecretKeySpec key(String secret) {
        return new SecretKeySpec(new Base32().decode(secret), "HmacSHA1");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
