package org.jeli.access.quarkus;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import org.jeli.access.LoginThrottle;
import org.jeli.access.PasswordHasher;
import org.jeli.access.SecondFactorCheck;
import org.jeli.access.SecondFactors;
import org.jeli.access.User;
import org.jeli.access.UserStore;

/**
 * Checks a username and password (HTTP Basic) against the stored Argon2id hash. Unknown users cost
 * the same work as known ones, so response time does not reveal which accounts exist. Failures are
 * counted by {@link LoginThrottle}: a locked account or refused address fails exactly like a wrong
 * password (the hash is still computed), and every failure is answered after the throttle's delay,
 * which waits on a timer rather than on a thread.
 *
 * <p>An account with a confirmed second factor must also send a current TOTP code or an unused
 * recovery code in {@value #OTP_HEADER}; without one the login fails with {@link
 * SecondFactorRequiredException}, and a wrong or replayed code counts as a failed login.
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
    public static final String USER_ID = "jeli.user-id";
    public static final String DISPLAY_NAME = "jeli.display-name";
    public static final String OTP_HEADER = "X-Jeli-OTP";
    /** The form field of the web login that carries the code ({@code POST /j_security_check}). */
    public static final String OTP_FIELD = "j_otp";
    /** Where the web login form is posted (Quarkus form authentication). */
    public static final String FORM_LOGIN = "/j_security_check";

    private final UserStore users;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final SecondFactors factors;
    private final SecondFactorGate gate;
    private final WebSessions sessions;
    private final String dummyHash;

    public PasswordIdentityProvider(
            UserStore users,
            PasswordHasher hasher,
            LoginThrottle throttle,
            SecondFactors factors,
            SecondFactorGate gate,
            WebSessions sessions) {
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
        this.factors = factors;
        this.gate = gate;
        this.sessions = sessions;
        this.dummyHash = hasher.hash("not-a-real-password".toCharArray());
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        Optional<String> address = clientAddress(http);
        boolean form = isFormLogin(http);
        String otp = http == null ? null : http.request().getHeader(OTP_HEADER);
        if (otp == null && form) {
            otp = blankToNull(http.request().getFormAttribute(OTP_FIELD));
        }
        String code = otp;
        Uni<SecurityIdentity> identity = context.runBlocking(
                        () -> check(request.getUsername(), request.getPassword().getPassword(), code, address))
                .onFailure(DelayedFailure.class)
                .recoverWithUni(f -> failAfter((DelayedFailure) f));
        if (!form) {
            return identity;
        }
        // A failed web login is answered by the form mechanism's redirect to the error page.
        return identity.onFailure(SecondFactorRequiredException.class)
                .transform(f -> new AuthenticationFailedException())
                .invoke(id -> sessions.started(http, id.getPrincipal().getName()));
    }

    private static boolean isFormLogin(RoutingContext http) {
        return http != null
                && "POST".equals(http.request().method().name())
                && http.normalizedPath().endsWith(FORM_LOGIN);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private SecurityIdentity check(String username, char[] password, String otp, Optional<String> address) {
        boolean refused = throttle.refuses(username, address);
        Optional<String> stored = users.passwordHashOf(username);
        boolean matches = hasher.verify(password, stored.orElse(dummyHash));
        if (!refused && stored.isPresent() && matches) {
            Optional<User> user = users.findByUsername(username).filter(User::active);
            if (user.isPresent()) {
                return secondFactor(user.get(), otp, address);
            }
        }
        throw new DelayedFailure(throttle.failed(username, address), false);
    }

    private SecurityIdentity secondFactor(User user, String otp, Optional<String> address) {
        SecondFactorCheck result = factors.check(user.id(), otp);
        switch (result) {
            case MISSING -> throw new SecondFactorRequiredException();
            case REJECTED -> throw new DelayedFailure(throttle.failed(user.username(), address), true);
            default -> {
                throttle.succeeded(user.username());
                return Identities.of(user)
                        .addAttribute(SecondFactorGate.ENROLMENT_REQUIRED, gate.enrolmentRequired(user))
                        .build();
            }
        }
    }

    private static Uni<SecurityIdentity> failAfter(DelayedFailure f) {
        Uni<SecurityIdentity> failure = Uni.createFrom()
                .failure(f.secondFactor ? SecondFactorRequiredException::new : AuthenticationFailedException::new);
        if (f.delay.isZero()) {
            return failure;
        }
        return Uni.createFrom()
                .voidItem()
                .onItem()
                .delayIt()
                .by(f.delay)
                .onItem()
                .transformToUni(ignored -> failure);
    }

    private static Optional<String> clientAddress(RoutingContext context) {
        SocketAddress remote = context == null ? null : context.request().remoteAddress();
        return Optional.ofNullable(remote).map(SocketAddress::hostAddress);
    }

    /**
     * A failed login, how long to wait before answering it and whether it failed on the second
     * factor (after the right password); never leaves this class.
     */
    private static final class DelayedFailure extends RuntimeException {
        private final transient Duration delay;
        private final boolean secondFactor;

        DelayedFailure(Duration delay, boolean secondFactor) {
            super(null, null, false, false);
            this.delay = delay;
            this.secondFactor = secondFactor;
        }
    }
}
