package org.jeli.access.web;

import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jeli.access.CurrentUser;
import org.jeli.access.Enrolment;
import org.jeli.access.SecondFactors;
import org.jeli.access.quarkus.CurrentUsers;
import org.jeli.access.quarkus.TokenIdentityProvider;
import org.jeli.common.InvalidFieldException;

/**
 * The signed-in user's own TOTP second factor: start an enrolment, then confirm it with a first
 * code to enable it and receive the recovery codes (shown once). Both need a password login, so a
 * leaked API token cannot bind an authenticator of its own. Administrators reset a user's second
 * factor through {@code DELETE /api/users/{username}/second-factor}.
 */
@Path("/api/me/second-factor")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class SecondFactorResource {
    private final SecondFactors factors;
    private final SecurityIdentity identity;

    public SecondFactorResource(SecondFactors factors, SecurityIdentity identity) {
        this.factors = factors;
        this.identity = identity;
    }

    /** {@code {code}}. */
    public record Confirmation(String code) {}

    @POST
    public Response start() {
        CurrentUser user = passwordUser();
        Enrolment enrolment = factors.start(user.id(), user.username());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("secret", enrolment.secret());
        body.put("otpauthUri", enrolment.otpauthUri());
        return Response.created(URI.create("/api/me/second-factor"))
                .entity(body)
                .build();
    }

    @POST
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> confirm(Confirmation body) {
        CurrentUser user = passwordUser();
        if (body == null || body.code() == null || body.code().isBlank()) {
            throw new InvalidFieldException("code", "the authenticator's current code is required");
        }
        List<String> codes = factors.confirm(user.id(), body.code());
        return Map.of("recoveryCodes", codes);
    }

    private CurrentUser passwordUser() {
        CurrentUser user = CurrentUsers.from(identity);
        if (identity.getAttribute(TokenIdentityProvider.TOKEN_ID) != null) {
            throw new ForbiddenException();
        }
        return user;
    }
}
