package org.jeli.access.quarkus;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jeli.access.SessionRevocations;

/**
 * The parts of a web session that Quarkus's encrypted credential cookie ({@code jeli-session})
 * does not carry. At form login: a double-submit CSRF token in the readable cookie {@value
 * #CSRF_COOKIE} (256 random bits), and in {@value #START_COOKIE} a session id and the login instant,
 * bound to the username and the CSRF token by an HMAC-SHA256 under a key derived from the session
 * encryption key. A session older than {@code jeli.web.session-max-age}, without a valid start
 * cookie, or logged out (its id is kept in the database until it would have expired anyway, so
 * every instance refuses it) is refused. Instances accept each other's sessions when they share the
 * session encryption key.
 */
@ApplicationScoped
public class WebSessions {
    public static final String CSRF_COOKIE = "jeli-csrf";
    public static final String CSRF_HEADER = "X-Jeli-CSRF";
    /** The hidden field that carries the CSRF token in plain HTML forms (instead of the header). */
    public static final String CSRF_FIELD = "jeli_csrf";

    public static final String START_COOKIE = "jeli-session-start";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final Clock clock;
    private final SecureRandom random;
    private final WebConfig config;
    private final byte[] macKey;
    private final SessionRevocations loggedOut;

    public WebSessions(
            Clock clock,
            SecureRandom random,
            WebConfig config,
            SessionRevocations loggedOut,
            @ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> sessionKey) {
        this.clock = clock;
        this.random = random;
        this.config = config;
        this.loggedOut = loggedOut;
        this.macKey = sha256("jeli-session-start\n" + sessionKey.orElseGet(() -> token(random)));
    }

    /** Sets the CSRF and start cookies of a session that a form login just opened. */
    public void started(RoutingContext http, String username) {
        String csrf = token(random);
        String id = token(random);
        long start = clock.instant().getEpochSecond();
        String value = id + "." + start + "." + B64.encodeToString(mac(id, start, username, csrf));
        http.response().addCookie(cookie(http, CSRF_COOKIE, csrf, false));
        http.response().addCookie(cookie(http, START_COOKIE, value, true));
    }

    /**
     * Issues the CSRF cookie to a session that has none (OpenID Connect sessions, which Quarkus's
     * OIDC extension opens without Jeli's form login).
     */
    public void ensureCsrfCookie(RoutingContext http) {
        Cookie csrf = http.request().getCookie(CSRF_COOKIE);
        if (csrf == null || csrf.getValue().isEmpty()) {
            String token = token(random);
            http.put(CSRF_COOKIE, token);
            http.response().addCookie(cookie(http, CSRF_COOKIE, token, false));
        }
    }

    /**
     * The CSRF token of this request's session, for the hidden {@value #CSRF_FIELD} field of the
     * pages' forms: the cookie, or the one issued with this very response; empty without a session.
     */
    public static String csrfToken(RoutingContext http) {
        Cookie csrf = http.request().getCookie(CSRF_COOKIE);
        if (csrf != null && !csrf.getValue().isEmpty()) {
            return csrf.getValue();
        }
        Object issued = http.get(CSRF_COOKIE);
        return issued instanceof String s ? s : "";
    }

    /** Whether the session cookie of this request belongs to a live session of {@code username}. */
    public boolean valid(RoutingContext http, String username) {
        Cookie start = http.request().getCookie(START_COOKIE);
        Cookie csrf = http.request().getCookie(CSRF_COOKIE);
        if (start == null || csrf == null) {
            return false;
        }
        String[] parts = start.getValue().split("\\.", -1);
        if (parts.length != 3) {
            return false;
        }
        try {
            long at = Long.parseLong(parts[1]);
            byte[] expected = mac(parts[0], at, username, csrf.getValue());
            byte[] actual = Base64.getUrlDecoder().decode(parts[2]);
            Instant now = clock.instant();
            return MessageDigest.isEqual(expected, actual)
                    && !Instant.ofEpochSecond(at).isAfter(now)
                    && Instant.ofEpochSecond(at).plus(config.sessionMaxAge()).isAfter(now)
                    && !loggedOut.isRevoked(parts[0]);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether the request carries the CSRF header matching its CSRF cookie (constant time). */
    public static boolean csrfMatches(String cookie, String header) {
        if (cookie == null || header == null || cookie.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8), header.getBytes(StandardCharsets.UTF_8));
    }

    /** Ends the session of this request: its id is refused from now on and the cookies are removed. */
    public void end(RoutingContext http) {
        Cookie start = http.request().getCookie(START_COOKIE);
        if (start != null) {
            Instant now = clock.instant();
            loggedOut.revoke(start.getValue().split("\\.", -1)[0], now.plus(config.sessionMaxAge()), now);
        }
        http.response().addCookie(cookie(http, CSRF_COOKIE, "", false).setMaxAge(0));
        http.response().addCookie(cookie(http, START_COOKIE, "", true).setMaxAge(0));
    }

    public Duration maxAge() {
        return config.sessionMaxAge();
    }

    private Cookie cookie(RoutingContext http, String name, String value, boolean httpOnly) {
        return Cookie.cookie(name, value)
                .setPath("/")
                .setHttpOnly(httpOnly)
                .setSameSite(CookieSameSite.STRICT)
                .setSecure(config.secureCookies() || http.request().isSSL());
    }

    private byte[] mac(String id, long start, String username, String csrf) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(macKey, "HmacSHA256"));
            String data = id + "\n" + start + "\n" + username + "\n" + csrf;
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static String token(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return B64.encodeToString(bytes);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
