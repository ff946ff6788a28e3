package org.jeli.access.web;

import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jeli.access.ApiTokens;
import org.jeli.access.IssuedToken;
import org.jeli.access.TokenNotFoundException;
import org.jeli.access.quarkus.CurrentUsers;
import org.jeli.access.quarkus.TokenIdentityProvider;
import org.jeli.common.InvalidFieldException;

/**
 * Each user's own personal API tokens. A token is shown once, when it is created; creating one
 * needs a password login, so a leaked token cannot mint others.
 */
@Path("/api/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class TokenResource {
    private final ApiTokens tokens;
    private final SecurityIdentity identity;

    public TokenResource(ApiTokens tokens, SecurityIdentity identity) {
        this.tokens = tokens;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(TokenRequest request) {
        long userId = CurrentUsers.from(identity).id();
        if (identity.getAttribute(TokenIdentityProvider.TOKEN_ID) != null) {
            throw new ForbiddenException();
        }
        if (request == null) {
            throw new InvalidFieldException("name", "a JSON body with a name is required");
        }
        IssuedToken issued = tokens.issue(userId, request.name(), expiry(request.expiresAt()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", issued.token().id().toString());
        body.put("name", issued.token().name());
        body.put("token", issued.secret());
        body.put("createdAt", issued.token().createdAt().toString());
        body.put(
                "expiresAt",
                issued.token().expiresAt() == null
                        ? null
                        : issued.token().expiresAt().toString());
        return Response.created(URI.create("/api/tokens/" + issued.token().id()))
                .entity(body)
                .build();
    }

    @GET
    public Map<String, Object> list() {
        long userId = CurrentUsers.from(identity).id();
        List<Map<String, Object>> all =
                tokens.ownedBy(userId).stream().map(TokenJson::of).toList();
        return Map.of("tokens", all);
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") String id) {
        long userId = CurrentUsers.from(identity).id();
        tokens.revoke(userId, parseId(id));
        return Response.noContent().build();
    }

    private static Optional<Instant> expiry(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text.strip()).toInstant());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(
                    "expiresAt", "must be an ISO-8601 date-time with offset, such as 2030-01-31T12:00:00Z");
        }
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new TokenNotFoundException();
        }
    }
}
