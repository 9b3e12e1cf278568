package org.ecaf.web.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class EcafAuthenticationMechanismTest {

    private static String encode(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void decodesBasicCredentialsIncludingColonsAndUnicodeInThePassword() {
        UsernamePasswordCredential credential = EcafAuthenticationMechanism.decode(encode("teamlead2:Zoë:ŵ-1"));
        assertThat(credential.getCaller()).isEqualTo("teamlead2");
        assertThat(credential.getPasswordAsString()).isEqualTo("Zoë:ŵ-1");
    }

    @Test
    void refusesMalformedCredentials() {
        assertThat(EcafAuthenticationMechanism.decode("not base64 !")).isNull();
        assertThat(EcafAuthenticationMechanism.decode(encode("no-colon"))).isNull();
        assertThat(EcafAuthenticationMechanism.decode(encode(":password-without-user"))).isNull();
    }
}
