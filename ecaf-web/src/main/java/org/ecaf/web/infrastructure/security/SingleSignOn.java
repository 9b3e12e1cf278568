package org.ecaf.web.infrastructure.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.RemoteKeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.Prompt;
import com.nimbusds.openid.connect.sdk.claims.ACR;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.web.infrastructure.config.Settings;

/**
 * Optional single sign-on with the council's OpenID Connect provider, on by {@code ECAF_OIDC_ISSUER}.
 * <ul>
 * <li><b>Pages</b>: the authorization code flow with PKCE (S256), {@code state} and {@code nonce}, kept in the
 * person's session for ten minutes and usable once. The ID token's signature (the provider's published keys),
 * issuer, audience, expiry and nonce are checked ({@link IDTokenValidator}); then one claim
 * ({@code ECAF_OIDC_CLAIM}) names an <em>existing</em> eCAF account, never creates one.</li>
 * <li><b>API</b>: {@code Authorization: Bearer <token>} with an access token or an ID token of the same provider:
 * signature by the provider's keys, issuer, expiry and audience ({@code ECAF_OIDC_AUDIENCE}, default the client
 * id), the same claim.</li>
 * </ul>
 * The provider is trusted for the second factor: an account signed in this way is not asked for a TOTP code (a
 * required authentication class can be set with {@code ECAF_OIDC_ACR}).
 */
@ApplicationScoped
public class SingleSignOn {

    private static final Logger LOG = Logger.getLogger(SingleSignOn.class.getName());

    public static final String START_PATH = "/sign-in/oidc/start";
    public static final String CALLBACK_PATH = "/sign-in/oidc/callback";
    /** The session attribute of a sign-in (or confirmation) that has gone to the provider and not come back. */
    static final String SESSION_ATTEMPT = SingleSignOn.class.getName() + ".attempt";
    static final Duration ATTEMPT_LIFETIME = Duration.ofMinutes(10);
    private static final int TIMEOUT_MS = 10_000;
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
            JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256,
            JWSAlgorithm.ES384, JWSAlgorithm.ES512, JWSAlgorithm.EdDSA);

    /** Why a sign-in with the provider, or a bearer token, was refused: each has its sentence on the page. */
    public enum Refusal {
        /** no eCAF account has the claimed name (the name is never stored) */
        NO_ACCOUNT,
        /** the claim matches more than one account's e-mail address */
        AMBIGUOUS_ACCOUNT,
        ACCOUNT_DISABLED,
        /** the token has no usable value in the configured claim */
        CLAIM_MISSING,
        /** the provider did not use a required authentication class ({@code ECAF_OIDC_ACR}) */
        ACR_NOT_ACCEPTED,
        /** the person cancelled at the provider, or the provider refused */
        PROVIDER_REFUSED,
        /** the answer from the provider did not belong to a sign-in started here, or had lapsed */
        STATE_MISMATCH,
        /** the ID token or the code exchange failed the checks */
        INVALID_RESPONSE,
        /** confirming who they are, the person signed in at the provider as someone else */
        DIFFERENT_PERSON,
        /** the provider could not be reached */
        PROVIDER_UNAVAILABLE,
        WRONG_ISSUER,
        INVALID_SIGNATURE,
        TOKEN_EXPIRED,
        WRONG_AUDIENCE,
        INVALID_TOKEN
    }

    /** What a sign-in was started for: signing in, or confirming who the signed-in person is. */
    public enum Purpose { SIGN_IN, CONFIRM }

    /** A sign-in that went to the provider: what its answer must match. */
    record Attempt(String state, String nonce, String codeVerifier, String redirectUri, Purpose purpose,
                   String returnTo, Instant startedAt) implements Serializable {
    }

    /** An account the provider vouched for. {@code authTime} is when the person last authenticated there. */
    public record Identity(String username, Set<String> groups, Instant authTime) {
    }

    /**
     * The outcome of a callback or of a bearer token: the identity, or a refusal with the account concerned
     * ({@code knownUsername}, for the audit of failures; null when no account is known).
     */
    public record Outcome(Identity identity, Refusal refusal, String knownUsername, Purpose purpose, String returnTo,
                          Instant startedAt) {

        static Outcome refused(Refusal refusal, String knownUsername, Attempt attempt) {
            return new Outcome(null, refusal, knownUsername, attempt == null ? Purpose.SIGN_IN : attempt.purpose(),
                    attempt == null ? null : attempt.returnTo(), attempt == null ? null : attempt.startedAt());
        }

        public boolean ok() {
            return identity != null;
        }
    }

    /** The provider's metadata and keys, read once (again after a failure). */
    private record Provider(OIDCProviderMetadata metadata, JWKSource<SecurityContext> keys,
                            IDTokenValidator idTokens) {
    }

    /** Thrown when the provider cannot be reached; the caller answers "try again". */
    static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private volatile Provider provider;

    @Inject
    AccountDirectory accounts;

    @Inject
    Clock clock;

    /** True when {@code ECAF_OIDC_ISSUER} and {@code ECAF_OIDC_CLIENT_ID} are set. */
    public boolean enabled() {
        Settings settings = Settings.fromEnvironment();
        return settings.oidcIssuer().isPresent() && settings.oidcClientId().isPresent();
    }

    /** The provider's name as the sign-in page shows it. */
    public String displayName() {
        return Settings.fromEnvironment().oidcName();
    }

    // ------------------------------------------------------------------ pages

    /**
     * Starts a sign-in (or a confirmation) at the provider: keeps a new state, nonce and PKCE verifier in the
     * session and returns the provider's address to send the browser to. A confirmation asks the provider to
     * authenticate the person again ({@code prompt=login}, {@code max_age=0}).
     */
    public URI start(HttpServletRequest request, Purpose purpose, String returnTo) throws Unavailable {
        Settings settings = Settings.fromEnvironment();
        Provider p = provider();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        String redirect = redirectUri(request, settings);
        AuthenticationRequest.Builder auth = new AuthenticationRequest.Builder(ResponseType.CODE,
                new Scope("openid", "profile", "email"), new ClientID(settings.oidcClientId().orElseThrow()),
                URI.create(redirect))
                .endpointURI(p.metadata().getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256);
        if (purpose == Purpose.CONFIRM) {
            auth.prompt(new Prompt(Prompt.Type.LOGIN)).maxAge(0);
        }
        if (!settings.oidcAcr().isEmpty()) {
            auth.acrValues(settings.oidcAcr().stream().map(ACR::new).toList());
        }
        request.getSession(true).setAttribute(SESSION_ATTEMPT, new Attempt(state.getValue(), nonce.getValue(),
                verifier.getValue(), redirect, purpose, safeReturnTo(returnTo), clock.instant()));
        return auth.build().toURI();
    }

    /**
     * The provider's answer: checks that it belongs to the sign-in started in this session (state, once, within
     * ten minutes), exchanges the code (with the PKCE verifier), validates the ID token and finds the account.
     */
    public Outcome callback(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Attempt attempt = session == null ? null : (Attempt) session.getAttribute(SESSION_ATTEMPT);
        if (attempt == null) {
            return Outcome.refused(Refusal.STATE_MISMATCH, null, null);
        }
        // an answer is used once, whatever it is
        session.removeAttribute(SESSION_ATTEMPT);
        if (attempt.startedAt().plus(ATTEMPT_LIFETIME).isBefore(clock.instant())) {
            return Outcome.refused(Refusal.STATE_MISMATCH, null, attempt);
        }
        AuthenticationResponse response;
        try {
            String query = request.getQueryString();
            response = AuthenticationResponseParser.parse(new URI(attempt.redirectUri()
                    + (query == null ? "" : "?" + query)));
        } catch (ParseException | URISyntaxException e) {
            return Outcome.refused(Refusal.INVALID_RESPONSE, null, attempt);
        }
        if (response.getState() == null || !response.getState().getValue().equals(attempt.state())) {
            return Outcome.refused(Refusal.STATE_MISMATCH, null, attempt);
        }
        if (!response.indicatesSuccess()) {
            LOG.info(() -> "The identity provider refused a sign-in: "
                    + response.toErrorResponse().getErrorObject().getCode());
            return Outcome.refused(Refusal.PROVIDER_REFUSED, null, attempt);
        }
        AuthenticationSuccessResponse success = response.toSuccessResponse();
        Settings settings = Settings.fromEnvironment();
        try {
            Provider p = provider();
            if (success.getIssuer() != null && !success.getIssuer().equals(p.metadata().getIssuer())) {
                return Outcome.refused(Refusal.INVALID_RESPONSE, null, attempt);
            }
            AuthorizationCode code = success.getAuthorizationCode();
            if (code == null) {
                return Outcome.refused(Refusal.INVALID_RESPONSE, null, attempt);
            }
            JWT idToken = exchange(p, settings, code, attempt);
            if (idToken == null) {
                return Outcome.refused(Refusal.INVALID_RESPONSE, null, attempt);
            }
            JWTClaimsSet claims;
            try {
                claims = p.idTokens().validate(idToken, new Nonce(attempt.nonce())).toJWTClaimsSet();
            } catch (BadJOSEException | JOSEException | ParseException e) {
                LOG.info(() -> "An ID token was refused: " + e.getMessage());
                return Outcome.refused(Refusal.INVALID_RESPONSE, null, attempt);
            }
            Outcome found = account(claims.getClaims(), settings, attempt);
            if (!found.ok() || attempt.purpose() != Purpose.CONFIRM) {
                return found;
            }
            // a confirmation must be an authentication made after it was asked for, when the provider says when
            Optional<Instant> authTime = SingleSignOnClaims.authTime(claims.getClaims(), clock.instant());
            if (authTime.isPresent() && authTime.get().isBefore(attempt.startedAt().minus(SingleSignOnClaims.SKEW))) {
                return Outcome.refused(Refusal.INVALID_RESPONSE, found.identity().username(), attempt);
            }
            return found;
        } catch (Unavailable e) {
            LOG.warning(() -> "The identity provider could not be reached: " + e.getMessage());
            return Outcome.refused(Refusal.PROVIDER_UNAVAILABLE, null, attempt);
        }
    }

    private JWT exchange(Provider p, Settings settings, AuthorizationCode code, Attempt attempt) throws Unavailable {
        ClientID client = new ClientID(settings.oidcClientId().orElseThrow());
        AuthorizationCodeGrant grant = new AuthorizationCodeGrant(code, URI.create(attempt.redirectUri()),
                new CodeVerifier(attempt.codeVerifier()));
        URI endpoint = p.metadata().getTokenEndpointURI();
        TokenRequest tokenRequest;
        if (settings.oidcClientSecret().isPresent()) {
            Secret secret = new Secret(settings.oidcClientSecret().get());
            List<ClientAuthenticationMethod> methods = p.metadata().getTokenEndpointAuthMethods();
            ClientAuthentication authentication = methods != null
                    && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                    ? new ClientSecretPost(client, secret) : new ClientSecretBasic(client, secret);
            tokenRequest = new TokenRequest(endpoint, authentication, grant);
        } else {
            tokenRequest = new TokenRequest(endpoint, client, grant);
        }
        HTTPRequest http = tokenRequest.toHTTPRequest();
        http.setConnectTimeout(TIMEOUT_MS);
        http.setReadTimeout(TIMEOUT_MS);
        try {
            TokenResponse answer = OIDCTokenResponseParser.parse(http.send());
            if (!answer.indicatesSuccess()) {
                LOG.info(() -> "The identity provider refused to exchange a code: "
                        + answer.toErrorResponse().getErrorObject().getCode());
                return null;
            }
            return ((OIDCTokenResponse) answer.toSuccessResponse()).getOIDCTokens().getIDToken();
        } catch (IOException e) {
            throw new Unavailable("token endpoint " + endpoint + ": " + e, e);
        } catch (ParseException | ClassCastException e) {
            LOG.info(() -> "The identity provider's token answer could not be read: " + e.getMessage());
            return null;
        }
    }

    // ------------------------------------------------------------------ API

    /**
     * An API bearer token (an access token or an ID token of the provider): signed by one of the provider's keys,
     * issued by it, not expired, for eCAF's audience, naming an active account.
     */
    public Outcome bearer(String token) throws Unavailable {
        Settings settings = Settings.fromEnvironment();
        SignedJWT jwt;
        JWTClaimsSet unverified;
        try {
            jwt = SignedJWT.parse(token.strip());
            unverified = jwt.getJWTClaimsSet();
        } catch (java.text.ParseException e) {
            return Outcome.refused(Refusal.INVALID_TOKEN, null, null);
        }
        Provider p = provider();
        if (!p.metadata().getIssuer().getValue().equals(unverified.getIssuer())) {
            return Outcome.refused(Refusal.WRONG_ISSUER, null, null);
        }
        JWTClaimsSet claims;
        try {
            DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
            processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT,
                    new JOSEObjectType("at+jwt"), new JOSEObjectType("application/at+jwt"), null));
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, p.keys()));
            // the claims are checked below, each with its own answer
            processor.setJWTClaimsSetVerifier(null);
            claims = processor.process(jwt, null);
        } catch (RemoteKeySourceException e) {
            throw new Unavailable("the provider's keys: " + e.getMessage(), e);
        } catch (BadJOSEException | JOSEException e) {
            return Outcome.refused(Refusal.INVALID_SIGNATURE, null, null);
        }
        Instant now = clock.instant();
        if (!SingleSignOnClaims.notExpired(claims.getExpirationTime() == null ? null
                : claims.getExpirationTime().toInstant(), now)) {
            return Outcome.refused(Refusal.TOKEN_EXPIRED, known(claims.getClaims(), settings), null);
        }
        if (claims.getNotBeforeTime() != null
                && claims.getNotBeforeTime().toInstant().isAfter(now.plus(SingleSignOnClaims.SKEW))) {
            return Outcome.refused(Refusal.INVALID_TOKEN, null, null);
        }
        List<String> audiences = new ArrayList<>();
        settings.oidcAudience().ifPresent(audiences::add);
        settings.oidcClientId().ifPresent(audiences::add);
        if (!SingleSignOnClaims.audienceAccepted(claims.getAudience(), settings.oidcAudience()
                .map(List::of).orElse(audiences))) {
            return Outcome.refused(Refusal.WRONG_AUDIENCE, null, null);
        }
        return account(claims.getClaims(), settings, null);
    }

    // ------------------------------------------------------------------

    /** The active account a token's claims name, or why there is none. */
    private Outcome account(Map<String, Object> claims, Settings settings, Attempt attempt) {
        Optional<String> name = SingleSignOnClaims.accountName(claims, settings.oidcClaim());
        if (name.isEmpty()) {
            return Outcome.refused(Refusal.CLAIM_MISSING, null, attempt);
        }
        List<String> usernames = SingleSignOnClaims.EMAIL.equals(settings.oidcClaim())
                ? accounts.usernamesWithEmail(name.get()) : List.of(name.get());
        if (usernames.size() > 1) {
            return Outcome.refused(Refusal.AMBIGUOUS_ACCOUNT, null, attempt);
        }
        Optional<AccountDirectory.Login> login = usernames.isEmpty() ? Optional.empty()
                : accounts.loginOf(usernames.get(0));
        if (login.isEmpty()) {
            return Outcome.refused(Refusal.NO_ACCOUNT, null, attempt);
        }
        Practitioner practitioner = login.get().practitioner();
        if (!practitioner.isActive()) {
            return Outcome.refused(Refusal.ACCOUNT_DISABLED, practitioner.getUsername(), attempt);
        }
        if (!SingleSignOnClaims.acrAccepted(claims, settings.oidcAcr())) {
            return Outcome.refused(Refusal.ACR_NOT_ACCEPTED, practitioner.getUsername(), attempt);
        }
        Identity identity = new Identity(practitioner.getUsername(), AccountIdentityStore.groupsOf(practitioner),
                SingleSignOnClaims.authTime(claims, clock.instant()).orElse(null));
        return new Outcome(identity, null, null, attempt == null ? Purpose.SIGN_IN : attempt.purpose(),
                attempt == null ? null : attempt.returnTo(), attempt == null ? null : attempt.startedAt());
    }

    /** The account a refused token names, for the audit of failures, when it names one (never an unknown name). */
    private String known(Map<String, Object> claims, Settings settings) {
        Optional<String> name = SingleSignOnClaims.accountName(claims, settings.oidcClaim());
        if (name.isEmpty()) {
            return null;
        }
        List<String> usernames = SingleSignOnClaims.EMAIL.equals(settings.oidcClaim())
                ? accounts.usernamesWithEmail(name.get()) : List.of(name.get());
        return usernames.size() == 1 && accounts.stateOf(usernames.get(0)).isPresent() ? usernames.get(0) : null;
    }

    /** The provider's metadata and keys, discovered at first use and kept; a failed discovery is tried again. */
    private Provider provider() throws Unavailable {
        Provider p = provider;
        if (p != null) {
            return p;
        }
        synchronized (this) {
            if (provider != null) {
                return provider;
            }
            Settings settings = Settings.fromEnvironment();
            Issuer issuer = new Issuer(settings.oidcIssuer().orElseThrow(() ->
                    new IllegalStateException("single sign-on is not configured")));
            try {
                OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(issuer, TIMEOUT_MS, TIMEOUT_MS);
                JWKSource<SecurityContext> keys = JWKSourceBuilder.create(metadata.getJWKSetURI().toURL(),
                                new DefaultResourceRetriever(TIMEOUT_MS, TIMEOUT_MS, 512 * 1024))
                        .retrying(true)
                        .build();
                IDTokenValidator idTokens = new IDTokenValidator(metadata.getIssuer(),
                        new ClientID(settings.oidcClientId().orElseThrow()),
                        new JWSVerificationKeySelector<>(ALGORITHMS, keys), null);
                idTokens.setMaxClockSkew((int) SingleSignOnClaims.SKEW.toSeconds());
                provider = new Provider(metadata, keys, idTokens);
                LOG.info(() -> "Single sign-on with " + issuer + " (claim " + settings.oidcClaim() + ")");
                return provider;
            } catch (IOException | com.nimbusds.oauth2.sdk.GeneralException e) {
                throw new Unavailable("discovery at " + issuer + "/.well-known/openid-configuration: " + e, e);
            }
        }
    }

    /** Where the provider sends the browser back: {@code ECAF_OIDC_REDIRECT_URI}, or this server's callback. */
    static String redirectUri(HttpServletRequest request, Settings settings) {
        return settings.oidcRedirectUri().orElseGet(() -> {
            String scheme = SecurityHeadersFilter.secure(request) ? "https" : request.getScheme();
            int port = request.getServerPort();
            boolean defaultPort = ("https".equals(scheme) && port == 443) || ("http".equals(scheme) && port == 80);
            try {
                return new URI(scheme, null, request.getServerName(), defaultPort ? -1 : port,
                        request.getContextPath() + CALLBACK_PATH, null, null).toString();
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * Only a page of this application ({@code /…xhtml} with a simple query) may be returned to: each path segment
     * starts with a letter, digit, {@code _} or {@code -}, so neither {@code //host/…} (another site) nor
     * {@code ..} passes.
     */
    public static String safeReturnTo(String returnTo) {
        return returnTo != null
                && returnTo.matches("(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)+\\.xhtml(\\?[A-Za-z0-9=&_.-]*)?") ? returnTo : null;
    }
}
