package org.jeli.access.quarkus;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jeli.access.PasswordHasher;
import org.jeli.access.User;
import org.jeli.access.UserStore;

/**
 * Checks a username and password (HTTP Basic) against the stored Argon2id hash. Unknown users cost
 * the same work as known ones, so response time does not reveal which accounts exist.
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
    public static final String USER_ID = "jeli.user-id";
    public static final String DISPLAY_NAME = "jeli.display-name";

    private final UserStore users;
    private final PasswordHasher hasher;
    private final String dummyHash;

    public PasswordIdentityProvider(UserStore users, PasswordHasher hasher) {
        this.users = users;
        this.hasher = hasher;
        this.dummyHash = hasher.hash("not-a-real-password".toCharArray());
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(
                () -> check(request.getUsername(), request.getPassword().getPassword()));
    }

    private SecurityIdentity check(String username, char[] password) {
        Optional<String> stored = users.passwordHashOf(username);
        boolean matches = hasher.verify(password, stored.orElse(dummyHash));
        if (stored.isEmpty() || !matches) {
            throw new AuthenticationFailedException();
        }
        User user = users.findByUsername(username).filter(User::active).orElseThrow(AuthenticationFailedException::new);
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username()))
                .addRole(user.role().label())
                .addAttribute(USER_ID, user.id())
                .addAttribute(DISPLAY_NAME, user.displayName())
                .build();
    }
}
