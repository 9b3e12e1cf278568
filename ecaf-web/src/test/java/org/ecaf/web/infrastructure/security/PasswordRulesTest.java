package org.ecaf.web.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.ecaf.domain.shared.Violation;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    private static String code(String password) {
        return PasswordRules.check(password, "aisha.khan", "password").stream().map(Violation::code).findFirst()
                .orElse("OK");
    }

    @Test
    void nist80063bLengthAndBreachedListNoCompositionRules() {
        assertThat(code("")).isEqualTo("PASSWORD_REQUIRED");
        assertThat(code("ecaf-demo")).isEqualTo("PASSWORD_TOO_SHORT");
        assertThat(code("elevenchars")).isEqualTo("PASSWORD_TOO_SHORT");
        assertThat(code("twelve chars")).isEqualTo("OK");
        assertThat(code("correct horse battery staple")).isEqualTo("OK");
        // any character counts once (Unicode code points after NFKC), no upper case, digit or symbol needed
        assertThat(code("ŵŷŵŷŵŷŵŷŵŷŵŷ")).isEqualTo("OK");
        assertThat(code("qwerty123456")).isEqualTo("PASSWORD_TOO_COMMON");
        assertThat(code("1qaz2wsx3edc")).isEqualTo("PASSWORD_TOO_COMMON");
        assertThat(code("Aisha.Khan")).isEqualTo("PASSWORD_IS_USERNAME");
        assertThat(code("x".repeat(PasswordRules.MAX_LENGTH + 1))).isEqualTo("PASSWORD_TOO_LONG");
    }
}
