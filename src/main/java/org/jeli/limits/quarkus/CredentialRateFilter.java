package org.jeli.limits.quarkus;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jeli.limits.RequestLimits;
import org.jeli.limits.TooManyRequestsException;

/**
 * Counts every request that carries a password (HTTP Basic, {@code POST /j_security_check}) or an
 * API token against its client address, before any password hash or token lookup is computed, and
 * answers {@code 429 too-many-requests} with {@code Retry-After} past the rate. Failed password
 * logins are further limited per account and address by the login throttle (lockout and delays).
 */
@ApplicationScoped
public class CredentialRateFilter {
    /** Above the authentication handlers, so a refused request costs no Argon2 work. */
    static final int PRIORITY = 10_000;

    private static final String FORM_LOGIN = "/j_security_check";

    private final RequestLimits limits;

    public CredentialRateFilter(RequestLimits limits) {
        this.limits = limits;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext rc) {
        String auth = rc.request().getHeader(HttpHeaders.AUTHORIZATION);
        String address = address(rc);
        try {
            if (startsWithIgnoreCase(auth, "basic ")
                    || (rc.request().method() == HttpMethod.POST
                            && rc.normalizedPath().endsWith(FORM_LOGIN))) {
                limits.passwordAttempt(address);
            } else if (startsWithIgnoreCase(auth, "bearer ")) {
                limits.tokenUse(address);
            }
        } catch (TooManyRequestsException e) {
            rc.response()
                    .setStatusCode(429)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                    .putHeader("Retry-After", Long.toString(e.retryAfterSeconds()))
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                    .end(TooManyRequestsJson.of(e));
            return;
        }
        rc.next();
    }

    private static String address(RoutingContext rc) {
        SocketAddress remote = rc.request().remoteAddress();
        return remote == null ? "unknown" : remote.hostAddress();
    }

    private static boolean startsWithIgnoreCase(String s, String prefix) {
        return s != null && s.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
