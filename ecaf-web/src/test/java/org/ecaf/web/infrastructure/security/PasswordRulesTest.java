package org.ecaf.web.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.Violation;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    /** The first violation's code, or null when the password is acceptable. */
    private static RefusalCode code(String password) {
        return PasswordRules.check(password, "aisha.khan", "password").stream().map(Violation::code).findFirst()
                .orElse(null);
    }

    @Test
    void nist80063bLengthAndBreachedListNoCompositionRules() {
        assertThat(code("")).isEqualTo(RefusalCode.PASSWORD_REQUIRED);
        assertThat(code("ecaf-demo")).isEqualTo(RefusalCode.PASSWORD_TOO_SHORT);
        assertThat(code("elevenchars")).isEqualTo(RefusalCode.PASSWORD_TOO_SHORT);
        assertThat(code("twelve chars")).isNull();
        assertThat(code("correct horse battery staple")).isNull();
        // any character counts once (Unicode code points after NFKC), no upper case, digit or symbol needed
        assertThat(code("ŵŷŵŷŵŷŵŷŵŷŵŷ")).isNull();
        assertThat(code("qwerty123456")).isEqualTo(RefusalCode.PASSWORD_TOO_COMMON);
        assertThat(code("1qaz2wsx3edc")).isEqualTo(RefusalCode.PASSWORD_TOO_COMMON);
        assertThat(code("Aisha.Khan")).isEqualTo(RefusalCode.PASSWORD_IS_USERNAME);
        assertThat(code("x".repeat(PasswordRules.MAX_LENGTH + 1))).isEqualTo(RefusalCode.PASSWORD_TOO_LONG);
    }
}
