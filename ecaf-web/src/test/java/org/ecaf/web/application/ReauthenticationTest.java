package org.ecaf.web.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.web.infrastructure.security.EcafAuthenticationMechanism;
import org.junit.jupiter.api.Test;

class ReauthenticationTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static Reauthentication with(Instant confirmedAt) {
        Map<String, Object> attributes = new HashMap<>();
        if (confirmedAt != null) {
            attributes.put(EcafAuthenticationMechanism.CONFIRMED_AT, confirmedAt);
        }
        Reauthentication r = new Reauthentication();
        r.request = (HttpServletRequest) Proxy.newProxyInstance(ReauthenticationTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> method.getName().equals("getAttribute") ? attributes.get(args[0]) : null);
        r.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return r;
    }

    @Test
    void aProofOfIdentityYoungerThanFifteenMinutesLetsTheActGoOn() {
        with(NOW.minusSeconds(14 * 60)).require();
        with(NOW).require();
    }

    @Test
    void anOlderOneOrNoneIsRefusedWithACodeThePagesUnderstand() {
        for (Instant old : new Instant[] {NOW.minusSeconds(15 * 60 + 1), null}) {
            assertThatThrownBy(() -> with(old).require()).isInstanceOf(Reauthentication.Required.class)
                    .satisfies(e -> {
                        assertThat(((Refusal) e).code()).isEqualTo(RefusalCode.REAUTHENTICATION_REQUIRED);
                        assertThat(((Refusal) e).kind()).isEqualTo(Refusal.Kind.ACCESS_DENIED);
                        assertThat(e.getMessage()).contains("Confirm it's you");
                    });
        }
    }
}
