package org.jeli.access.quarkus;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import org.jeli.access.CurrentUser;
import org.jeli.access.Role;

/** Turns the request's security identity into the domain's {@link CurrentUser}. */
public final class CurrentUsers {
    private CurrentUsers() {}

    /** @throws UnauthorizedException for an anonymous identity */
    public static CurrentUser from(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        Long id = identity.getAttribute(PasswordIdentityProvider.USER_ID);
        String display = identity.getAttribute(PasswordIdentityProvider.DISPLAY_NAME);
        String role = identity.getRoles().stream().findFirst().orElseThrow(UnauthorizedException::new);
        if (id == null) {
            throw new UnauthorizedException();
        }
        return new CurrentUser(id, identity.getPrincipal().getName(), display, Role.fromLabel(role));
    }
}
