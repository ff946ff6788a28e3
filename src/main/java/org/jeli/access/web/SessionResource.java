package org.jeli.access.web;

import io.quarkus.security.Authenticated;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.jeli.access.quarkus.WebSessions;

/** Ends a web session: the session is refused from now on and its cookies are removed. */
@Path("/api/session")
@Authenticated
public class SessionResource {
    /** Set by Quarkus when the request was authenticated by the form session cookie. */
    private static final String FORM_COOKIE = "io.quarkus.vertx.http.runtime.security.form.cookie-name";

    private final WebSessions sessions;
    private final RoutingContext http;

    public SessionResource(WebSessions sessions, RoutingContext http) {
        this.sessions = sessions;
        this.http = http;
    }

    @POST
    @Path("logout")
    public Response logout() {
        sessions.end(http);
        if (http.get(FORM_COOKIE) != null) {
            FormAuthenticationMechanism.logout(http);
        }
        return Response.noContent().build();
    }
}
