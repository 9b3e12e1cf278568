package org.ecaf.web.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The claim rules of single sign-on, apart from any provider (the provider itself is in SingleSignOnIT). */
class SingleSignOnClaimsTest {

    private static final Instant NOW = Instant.parse("2027-03-27T10:00:00Z");

    @Test
    void theConfiguredClaimNamesTheAccountTrimmedAndInLowerCase() {
        Map<String, Object> claims = Map.of("sub", "8f3a-opaque", "preferred_username", "  Practitioner1 ",
                "email", "Aisha.Khan@Northbridge.example.gov.uk");
        assertThat(SingleSignOnClaims.accountName(claims, "preferred_username")).contains("practitioner1");
        assertThat(SingleSignOnClaims.accountName(claims, "email")).contains("aisha.khan@northbridge.example.gov.uk");
    }

    @Test
    void aMissingBlankOverlongOrNonTextClaimNamesNoAccount() {
        assertThat(SingleSignOnClaims.accountName(Map.of("sub", "x"), "preferred_username")).isEmpty();
        assertThat(SingleSignOnClaims.accountName(Map.of("preferred_username", "   "), "preferred_username")).isEmpty();
        assertThat(SingleSignOnClaims.accountName(Map.of("preferred_username", "a".repeat(201)), "preferred_username"))
                .isEmpty();
        assertThat(SingleSignOnClaims.accountName(Map.of("preferred_username", List.of("practitioner1")),
                "preferred_username")).isEmpty();
        assertThat(SingleSignOnClaims.accountName(Map.of("preferred_username", 42), "preferred_username")).isEmpty();
    }

    @Test
    void anAuthenticationClassIsRequiredOnlyWhenConfigured() {
        assertThat(SingleSignOnClaims.acrAccepted(Map.of(), List.of())).isTrue();
        assertThat(SingleSignOnClaims.acrAccepted(Map.of("acr", "mfa"), List.of("mfa", "hardware"))).isTrue();
        assertThat(SingleSignOnClaims.acrAccepted(Map.of("acr", "password"), List.of("mfa"))).isFalse();
        assertThat(SingleSignOnClaims.acrAccepted(Map.of(), List.of("mfa"))).isFalse();
    }

    @Test
    void authTimeIsReadInSecondsOrAsADateAndNeverInTheFuture() {
        long tenMinutesAgo = NOW.minusSeconds(600).getEpochSecond();
        assertThat(SingleSignOnClaims.authTime(Map.of("auth_time", tenMinutesAgo), NOW))
                .contains(Instant.ofEpochSecond(tenMinutesAgo));
        assertThat(SingleSignOnClaims.authTime(Map.of("auth_time", Date.from(NOW.minusSeconds(5))), NOW))
                .contains(NOW.minusSeconds(5));
        // a provider's clock a little ahead counts as now; far ahead is not believed
        assertThat(SingleSignOnClaims.authTime(Map.of("auth_time", NOW.plusSeconds(30).getEpochSecond()), NOW))
                .contains(NOW);
        assertThat(SingleSignOnClaims.authTime(Map.of("auth_time", NOW.plusSeconds(3600).getEpochSecond()), NOW))
                .isEmpty();
        assertThat(SingleSignOnClaims.authTime(Map.of("auth_time", "yesterday"), NOW)).isEmpty();
        assertThat(SingleSignOnClaims.authTime(Map.of(), NOW)).isEmpty();
    }

    @Test
    void theAudienceMustNameECaf() {
        assertThat(SingleSignOnClaims.audienceAccepted(List.of("other", "ecaf"), List.of("ecaf"))).isTrue();
        assertThat(SingleSignOnClaims.audienceAccepted(List.of("other"), List.of("ecaf"))).isFalse();
        assertThat(SingleSignOnClaims.audienceAccepted(List.of(), List.of("ecaf"))).isFalse();
        assertThat(SingleSignOnClaims.audienceAccepted(null, List.of("ecaf"))).isFalse();
    }

    @Test
    void aTokenIsExpiredOnceItsExpiryAndTheAllowedSkewHavePassed() {
        assertThat(SingleSignOnClaims.notExpired(NOW.plusSeconds(300), NOW)).isTrue();
        assertThat(SingleSignOnClaims.notExpired(NOW.minusSeconds(30), NOW)).isTrue();
        assertThat(SingleSignOnClaims.notExpired(NOW.minusSeconds(61), NOW)).isFalse();
        assertThat(SingleSignOnClaims.notExpired(null, NOW)).isFalse();
    }
}
