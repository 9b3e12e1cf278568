package org.ecaf.web.infrastructure.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * The few settings eCAF reads. Inside the application server they come from <b>MicroProfile Config</b>, so every
 * config source the server offers works (system properties, environment variables, {@code
 * META-INF/microprofile-config.properties}, the server's own sources): the property {@code ecaf.db.url} is also
 * found as the environment variable {@code ECAF_DB_URL} by MicroProfile Config's mapping rule. Outside a server (the
 * import command, tests) the same two sources are read with the same rule: system property first, then environment.
 * A value of blanks counts as unset. Nothing else configures the application.
 */
public final class Settings {

    /** The password of the demo accounts when {@code ECAF_DEMO_PASSWORD} is not set. Documented in README.md. */
    public static final String DEFAULT_DEMO_PASSWORD = "ecaf-demo";

    private final Function<String, Optional<String>> source;

    /** Settings read from {@code source} (a property name to its value, if any). */
    public Settings(Function<String, Optional<String>> source) {
        this.source = source;
    }

    /** Settings read from these system properties, then these environment variables (outside a server, and tests). */
    public Settings(Map<String, String> environment, Properties systemProperties) {
        this(plainSource(Map.copyOf(environment), systemProperties));
    }

    /** The settings of this process: MicroProfile Config in the server, else system properties and environment. */
    public static Settings fromEnvironment() {
        return MicroProfileSource.current().map(Settings::new)
                .orElseGet(() -> new Settings(System.getenv(), System.getProperties()));
    }

    /** Reads {@code name} (e.g. {@code ecaf.db.url}; as an environment variable {@code ECAF_DB_URL}). */
    public Optional<String> get(String name) {
        return source.apply(name).map(String::trim).filter(v -> !v.isEmpty());
    }

    /** MicroProfile Config's rule for environment variables, for the two sources read outside a server. */
    private static Function<String, Optional<String>> plainSource(Map<String, String> environment, Properties system) {
        return name -> {
            String value = system.getProperty(name);
            if (value == null) {
                value = environment.get(name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT));
            }
            return Optional.ofNullable(value);
        };
    }

    /** The data folder of the embedded database: {@code ECAF_DATA_DIR}, default {@code ./ecaf-data}. */
    public Path dataDirectory() {
        return Path.of(get("ecaf.data.dir").orElse("ecaf-data")).toAbsolutePath().normalize();
    }

    /** True when {@code ECAF_DB_URL} is unset and the embedded H2 database is used. */
    public boolean embeddedDatabase() {
        return get("ecaf.db.url").isEmpty();
    }

    /**
     * The JDBC URL. The embedded default writes every commit to disk before it is acknowledged
     * ({@code WRITE_DELAY=0}): H2's default delay of 500 ms loses acknowledged saves when the process is killed.
     * H2 does not close the database from a shutdown hook of its own ({@code DB_CLOSE_ON_EXIT=FALSE}): that hook
     * raced the audit log's last checkpoint at shutdown; with every commit on disk, nothing depends on it.
     * H2's page cache is {@link #h2CacheMegabytes()}.
     */
    public String databaseUrl() {
        return get("ecaf.db.url").orElseGet(() ->
                "jdbc:h2:file:" + dataDirectory().resolve("ecaf").toString().replace('\\', '/') + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE"
                        + ";CACHE_SIZE=" + h2CacheMegabytes() * 1024L + (h2FileKey().isPresent() ? ";CIPHER=AES" : ""));
    }

    /**
     * The embedded database's page cache in MB ({@code ECAF_H2_CACHE_MB}, default 64, H2's own). Measured at 1,000,000
     * and 200,000 children (docs/benchmarks.md): with the match keys' covering index (V16) a larger cache shortens the
     * duplicate check a little and slows the bulk import by a third, so the default stays H2's.
     */
    public long h2CacheMegabytes() {
        return get("ecaf.h2.cache.mb").map(v -> {
            try {
                long mb = Long.parseLong(v);
                if (mb >= 1 && mb <= 1_048_576) {
                    return mb;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("ECAF_H2_CACHE_MB must be a whole number of megabytes from 1 to "
                    + "1048576, not " + v);
        }).orElse(DEFAULT_H2_CACHE_MB);
    }

    /** H2's own page cache, 64 MB. */
    public static final long DEFAULT_H2_CACHE_MB = 64;

    public String databaseUser() {
        return get("ecaf.db.user").orElse(embeddedDatabase() ? "ecaf" : "");
    }

    /**
     * The database password. With {@code ECAF_H2_FILE_KEY} the embedded file is encrypted (H2's {@code CIPHER=AES}),
     * and H2 takes the file key and the user's password together, separated by a space.
     */
    public String databasePassword() {
        String password = get("ecaf.db.password").orElse("");
        return embeddedDatabase() && h2FileKey().isPresent() ? h2FileKey().get() + " " + password : password;
    }

    /** Demo mode: on for the embedded database, off for PostgreSQL unless {@code ECAF_DEMO=true}. */
    public boolean demoMode() {
        return get("ecaf.demo").map(Boolean::parseBoolean).orElse(embeddedDatabase());
    }

    public String demoPassword() {
        return get("ecaf.demo.password").orElse(DEFAULT_DEMO_PASSWORD);
    }

    /**
     * Whether every account must sign in with a second factor (TOTP): {@code ECAF_MFA}, on by default and off by
     * default in demo mode (the sign-in page then says so).
     */
    public boolean mfaRequired() {
        return get("ecaf.mfa").map(Boolean::parseBoolean).orElse(!demoMode());
    }

    /** The username of the first administrator to create on a database without one ({@code ECAF_BOOTSTRAP_ADMIN}). */
    public Optional<String> bootstrapAdmin() {
        return get("ecaf.bootstrap.admin");
    }

    /** The largest request body the API accepts, in bytes ({@code ECAF_API_MAX_BODY}, default 1 MB). */
    public long apiMaxBody() {
        return get("ecaf.api.max.body").map(Long::parseLong).orElse(1_048_576L);
    }

    /** The largest form post a page accepts, in bytes ({@code ECAF_PAGE_MAX_BODY}, default 2 MB). */
    public long pageMaxBody() {
        return get("ecaf.page.max.body").map(Long::parseLong).orElse(2_097_152L);
    }

    /**
     * The largest CSV file the administrator's import page accepts, in bytes ({@code ECAF_IMPORT_MAX_BYTES}, default
     * 20 MB, about 200,000 children); larger files go through the import command.
     */
    public long importMaxBytes() {
        return get("ecaf.import.max.bytes").map(Long::parseLong).orElse(20L * 1024 * 1024);
    }

    /** The key that encrypts the embedded H2 file ({@code ECAF_H2_FILE_KEY}); none by default. */
    public Optional<String> h2FileKey() {
        return get("ecaf.h2.file.key");
    }

    /**
     * The council's OpenID Connect provider ({@code ECAF_OIDC_ISSUER}, its issuer URL; discovery at
     * {@code <issuer>/.well-known/openid-configuration}). Unset: single sign-on is off and nothing changes.
     */
    public Optional<String> oidcIssuer() {
        return get("ecaf.oidc.issuer");
    }

    /** eCAF's client id at the provider ({@code ECAF_OIDC_CLIENT_ID}); required when the issuer is set. */
    public Optional<String> oidcClientId() {
        return get("ecaf.oidc.client.id");
    }

    /** eCAF's client secret ({@code ECAF_OIDC_CLIENT_SECRET}); unset, eCAF is a public client (PKCE only). */
    public Optional<String> oidcClientSecret() {
        return get("ecaf.oidc.client.secret");
    }

    /**
     * The claim that names the eCAF account ({@code ECAF_OIDC_CLAIM}, default {@code preferred_username}):
     * {@code email} is matched with the account's e-mail address, any other claim with its username.
     */
    public String oidcClaim() {
        return get("ecaf.oidc.claim").orElse("preferred_username");
    }

    /** The audience an API bearer token must name ({@code ECAF_OIDC_AUDIENCE}, default the client id). */
    public Optional<String> oidcAudience() {
        return get("ecaf.oidc.audience");
    }

    /** The provider's name on the sign-in page ({@code ECAF_OIDC_NAME}), as in "Sign in with …". */
    public String oidcName() {
        return get("ecaf.oidc.name").orElse("your council account");
    }

    /**
     * The address the provider sends people back to ({@code ECAF_OIDC_REDIRECT_URI}), registered at the provider;
     * unset, it is worked out from the request ({@code …/sign-in/oidc/callback}).
     */
    public Optional<String> oidcRedirectUri() {
        return get("ecaf.oidc.redirect.uri");
    }

    /**
     * Authentication context classes the provider must have used ({@code ECAF_OIDC_ACR}, comma-separated, e.g. a
     * multi-factor class); unset, whatever the provider did is accepted.
     */
    public java.util.List<String> oidcAcr() {
        return get("ecaf.oidc.acr").map(v -> java.util.Arrays.stream(v.split(",")).map(String::strip)
                .filter(a -> !a.isEmpty()).toList()).orElse(java.util.List.of());
    }
}
