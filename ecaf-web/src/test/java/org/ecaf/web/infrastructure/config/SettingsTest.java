package org.ecaf.web.infrastructure.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private static Properties props(String... pairs) {
        Properties p = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            p.setProperty(pairs[i], pairs[i + 1]);
        }
        return p;
    }

    @Test
    void withNothingSetTheEmbeddedDatabaseLivesInEcafDataWithDurableWritesAndDemoModeOn() {
        Settings settings = new Settings(Map.of(), props());
        assertThat(settings.embeddedDatabase()).isTrue();
        assertThat(settings.dataDirectory()).isEqualTo(Path.of("ecaf-data").toAbsolutePath());
        assertThat(settings.databaseUrl())
                .startsWith("jdbc:h2:file:" + Path.of("ecaf-data").toAbsolutePath().resolve("ecaf"))
                .contains("WRITE_DELAY=0");
        assertThat(settings.demoMode()).isTrue();
        assertThat(settings.demoPassword()).isEqualTo(Settings.DEFAULT_DEMO_PASSWORD);
    }

    @Test
    void ecafDataDirMovesTheData() {
        Settings settings = new Settings(Map.of("ECAF_DATA_DIR", "/srv/ecaf"), props());
        assertThat(settings.dataDirectory()).isEqualTo(Path.of("/srv/ecaf"));
        assertThat(settings.databaseUrl()).startsWith("jdbc:h2:file:/srv/ecaf/ecaf;");
    }

    @Test
    void postgresIsChosenByTheEnvironmentAndTurnsDemoModeOff() {
        Settings settings = new Settings(Map.of(
                "ECAF_DB_URL", "jdbc:postgresql://db:5432/ecaf",
                "ECAF_DB_USER", "ecaf",
                "ECAF_DB_PASSWORD", "secret"), props());
        assertThat(settings.embeddedDatabase()).isFalse();
        assertThat(settings.databaseUrl()).isEqualTo("jdbc:postgresql://db:5432/ecaf");
        assertThat(settings.databaseUser()).isEqualTo("ecaf");
        assertThat(settings.databasePassword()).isEqualTo("secret");
        assertThat(settings.demoMode()).isFalse();
    }

    @Test
    void demoModeCanBeForcedOnForPostgres() {
        Settings settings = new Settings(Map.of("ECAF_DB_URL", "jdbc:postgresql://db/ecaf", "ECAF_DEMO", "true",
                "ECAF_DEMO_PASSWORD", "Pa55-word"), props());
        assertThat(settings.demoMode()).isTrue();
        assertThat(settings.demoPassword()).isEqualTo("Pa55-word");
    }

    @Test
    void aSystemPropertyWinsOverTheEnvironmentAndBlankMeansUnset() {
        Settings settings = new Settings(Map.of("ECAF_DATA_DIR", "/from/env", "ECAF_DEMO", "  "),
                props("ecaf.data.dir", "/from/property"));
        assertThat(settings.dataDirectory()).isEqualTo(Path.of("/from/property"));
        assertThat(settings.get("ecaf.demo")).isEmpty();
    }

    @Test
    void twoFactorSignInIsOnUnlessDemoModeOrEcafMfaSaysOtherwise() {
        assertThat(new Settings(Map.of(), props()).mfaRequired()).isFalse();
        assertThat(new Settings(Map.of("ECAF_MFA", "true"), props()).mfaRequired()).isTrue();
        assertThat(new Settings(Map.of("ECAF_DB_URL", "jdbc:postgresql://db/ecaf"), props()).mfaRequired()).isTrue();
        assertThat(new Settings(Map.of("ECAF_DB_URL", "jdbc:postgresql://db/ecaf", "ECAF_DEMO", "true"), props())
                .mfaRequired()).isFalse();
    }

    @Test
    void anH2FileKeyEncryptsTheEmbeddedFileAndGoesBeforeTheUsersPassword() {
        Settings settings = new Settings(Map.of("ECAF_H2_FILE_KEY", "file-key-1"), props());
        assertThat(settings.databaseUrl()).contains(";CIPHER=AES");
        assertThat(settings.databasePassword()).isEqualTo("file-key-1 ");
        assertThat(new Settings(Map.of(), props()).databaseUrl()).doesNotContain("CIPHER");
    }

    @Test
    void theEmbeddedDatabasesPageCacheIsH2sOwnOrAsSet() {
        assertThat(new Settings(Map.of(), props()).databaseUrl()).endsWith(";CACHE_SIZE=65536");
        assertThat(new Settings(Map.of("ECAF_H2_CACHE_MB", "300"), props()).databaseUrl())
                .contains(";CACHE_SIZE=307200");
        assertThatThrownBy(() -> new Settings(Map.of("ECAF_H2_CACHE_MB", "lots"), props()).databaseUrl())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ECAF_H2_CACHE_MB")
                .hasMessageContaining("lots");
        assertThat(new Settings(Map.of("ECAF_DB_URL", "jdbc:postgresql://db/ecaf"), props()).databaseUrl())
                .doesNotContain("CACHE_SIZE");
    }

    @Test
    void requestLimitsHaveDefaultsAndCanBeSet() {
        assertThat(new Settings(Map.of(), props()).apiMaxBody()).isEqualTo(1_048_576L);
        assertThat(new Settings(Map.of("ECAF_API_MAX_BODY", "2048"), props()).apiMaxBody()).isEqualTo(2048L);
        assertThat(new Settings(Map.of(), props()).bootstrapAdmin()).isEmpty();
    }

    @Test
    void anyConfigSourceCanSupplyTheSettingsAndBlanksCountAsUnset() {
        Map<String, String> source = Map.of("ecaf.db.url", "jdbc:postgresql://db/ecaf", "ecaf.demo", "  ");
        Settings settings = new Settings(name -> Optional.ofNullable(source.get(name)));
        assertThat(settings.databaseUrl()).isEqualTo("jdbc:postgresql://db/ecaf");
        assertThat(settings.get("ecaf.demo")).isEmpty();
        assertThat(settings.demoMode()).isFalse();
    }

    @Test
    void outsideAServerEnvironmentNamesFollowMicroProfileConfigsRuleAndSystemPropertiesWin() {
        Settings settings = new Settings(Map.of("ECAF_SIGN_IN_AUDIT_SECONDS", "5", "ECAF_API_MAX_BODY", "10"),
                props("ecaf.api.max.body", "20"));
        assertThat(settings.get("ecaf.sign-in.audit.seconds")).contains("5");
        assertThat(settings.apiMaxBody()).isEqualTo(20L);
    }
}
