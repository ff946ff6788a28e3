package org.jeli.access.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jeli.access.quarkus.OidcConfig;

/**
 * {@code GET /login/oidc}: where a browser starts an OpenID Connect login and comes back from the
 * provider. With OIDC on, Quarkus's code-flow mechanism guards this path (an HTTP permission in
 * application.properties), so only a signed-in browser reaches this method, which sends it to the
 * landing page. With OIDC off (the default) the path does not exist: 404.
 */
@Path("/login/oidc")
public class OidcLoginResource {
    private final OidcConfig config;

    public OidcLoginResource(OidcConfig config) {
        this.config = config;
    }

    @GET
    @PermitAll
    public Response signedIn() {
        if (!config.enabled()) {
            throw new NotFoundException();
        }
        return Response.seeOther(URI.create("/items")).build();
    }
}
