package org.ecaf.web.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestLimitsTest {

    private static int depth(String json) {
        return RequestLimitFilter.depth(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void nestingDepthIsCountedWithoutParsingAndStringsDoNotCount() {
        assertThat(depth("{}")).isEqualTo(1);
        assertThat(depth("{\"a\":[{\"b\":[1,2]}]}")).isEqualTo(4);
        assertThat(depth("{\"a\":\"[[[[{{{{\\\"]]]\"}")).isEqualTo(1);
        assertThat(depth("[".repeat(100_000))).isEqualTo(100_000);
    }

    @Test
    void aBodyIsReadUpToTheLimitAndNoFurther() throws IOException {
        byte[] body = new byte[2000];
        assertThat(RequestLimitFilter.readUpTo(new ByteArrayInputStream(body), 2000)).hasSize(2000);
        assertThat(RequestLimitFilter.readUpTo(new ByteArrayInputStream(body), 1999)).isNull();
    }

    @Test
    void cookiesGetSameSiteAndSecureOnlyWhenMissing() {
        assertThat(SecurityHeadersFilter.completed("JSESSIONID=1; Path=/; HttpOnly", false))
                .isEqualTo("JSESSIONID=1; Path=/; HttpOnly; SameSite=Lax");
        assertThat(SecurityHeadersFilter.completed("JSESSIONID=1; Path=/; HttpOnly", true))
                .isEqualTo("JSESSIONID=1; Path=/; HttpOnly; SameSite=Lax; Secure");
        assertThat(SecurityHeadersFilter.completed("a=1; Secure; SameSite=Strict", true))
                .isEqualTo("a=1; Secure; SameSite=Strict");
    }
}
