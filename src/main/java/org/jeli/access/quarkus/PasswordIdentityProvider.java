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
import org.jeli.access.User;
import org.jeli.access.UserStore;

/**
 * Checks a username and password (HTTP Basic) against the stored Argon2id hash. Unknown users cost
 * the same work as known ones, so response time does not reveal which accounts exist. Failures are
 * counted by {@link LoginThrottle}: a locked account or refused address fails exactly like a wrong
 * password (the hash is still computed), and every failure is answered after the throttle's delay,
 * which waits on a timer rather than on a thread.
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
    public static final String USER_ID = "jeli.user-id";
    public static final String DISPLAY_NAME = "jeli.display-name";

    private final UserStore users;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final String dummyHash;

    public PasswordIdentityProvider(UserStore users, PasswordHasher hasher, LoginThrottle throttle) {
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
        this.dummyHash = hasher.hash("not-a-real-password".toCharArray());
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        Optional<String> address = clientAddress(request);
        return context.runBlocking(
                        () -> check(request.getUsername(), request.getPassword().getPassword(), address))
                .onFailure(DelayedFailure.class)
                .recoverWithUni(f -> failAfter(((DelayedFailure) f).delay));
    }

    private SecurityIdentity check(String username, char[] password, Optional<String> address) {
        boolean refused = throttle.refuses(username, address);
        Optional<String> stored = users.passwordHashOf(username);
        boolean matches = hasher.verify(password, stored.orElse(dummyHash));
        if (!refused && stored.isPresent() && matches) {
            Optional<User> user = users.findByUsername(username).filter(User::active);
            if (user.isPresent()) {
                throttle.succeeded(username);
                return Identities.of(user.get()).build();
            }
        }
        throw new DelayedFailure(throttle.failed(username, address));
    }

    private static Uni<SecurityIdentity> failAfter(Duration delay) {
        Uni<SecurityIdentity> failure = Uni.createFrom().failure(AuthenticationFailedException::new);
        if (delay.isZero()) {
            return failure;
        }
        return Uni.createFrom().voidItem().onItem().delayIt().by(delay).onItem().transformToUni(ignored -> failure);
    }

    private static Optional<String> clientAddress(UsernamePasswordAuthenticationRequest request) {
        RoutingContext context = HttpSecurityUtils.getRoutingContextAttribute(request);
        SocketAddress remote = context == null ? null : context.request().remoteAddress();
        return Optional.ofNullable(remote).map(SocketAddress::hostAddress);
    }

    /** A failed login and how long to wait before answering it; never leaves this class. */
    private static final class DelayedFailure extends RuntimeException {
        private final transient Duration delay;

        DelayedFailure(Duration delay) {
            super(null, null, false, false);
            this.delay = delay;
        }
    }
}
