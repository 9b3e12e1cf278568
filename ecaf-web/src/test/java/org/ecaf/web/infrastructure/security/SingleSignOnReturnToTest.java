package org.ecaf.web.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** After signing in or confirming who they are, a person is sent back only to a page of eCAF, never elsewhere. */
class SingleSignOnReturnToTest {

    @ParameterizedTest
    @ValueSource(strings = {"/index.xhtml", "/account.xhtml", "/cases/case.xhtml?id=42",
        "/cases/copies.xhtml?id=7&tab=family"})
    void aPageOfECafIsReturnedTo(String page) {
        assertThat(SingleSignOn.safeReturnTo(page)).isEqualTo(page);
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/a.xhtml", "https://evil.example/a.xhtml", "/../a.xhtml", "/./a.xhtml",
        "/cases/../../a.xhtml", "/a.xhtml?next=https://evil.example", "/a.html", "a.xhtml", "/\\evil.example/a.xhtml",
        ""})
    void anythingElseIsNot(String elsewhere) {
        assertThat(SingleSignOn.safeReturnTo(elsewhere)).isNull();
    }

    @org.junit.jupiter.api.Test
    void noAddressIsNone() {
        assertThat(SingleSignOn.safeReturnTo(null)).isNull();
    }
}
