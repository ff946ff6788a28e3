package org.jeli.access.quarkus;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import org.jeli.access.User;

/** The security identity of an authenticated account, whichever way it authenticated. */
final class Identities {
    private Identities() {}

    static QuarkusSecurityIdentity.Builder of(User user) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username()))
                .addRole(user.role().label())
                .addAttribute(PasswordIdentityProvider.USER_ID, user.id())
                .addAttribute(PasswordIdentityProvider.DISPLAY_NAME, user.displayName());
    }
}
