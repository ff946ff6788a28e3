package org.jeli.viewer.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * The public pages: the login form (posting to {@code /j_security_check} with username, password
 * and one-time code), its error variant, the language switcher, and redirects from the former
 * static pages ({@code /login.html}, {@code /login-error.html}, {@code /index.html}) and {@code /}.
 */
@Path("/")
@PermitAll
public class LoginPage {
    private final Pages pages;
    private final boolean oidc;

    public LoginPage(
            Pages pages,
            @org.eclipse.microprofile.config.inject.ConfigProperty(
                            name = "jeli.auth.oidc.enabled",
                            defaultValue = "false")
                    boolean oidc) {
        this.pages = pages;
        this.oidc = oidc;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(PageContext page, boolean error, boolean oidc);
    }

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance login(@Context HttpHeaders headers, @Context UriInfo uri) {
        PageContext page = pages.context(headers, uri);
        return Pages.localized(Templates.login(page, false, oidc), page);
    }

    @GET
    @Path("login-error")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance loginError(@Context HttpHeaders headers, @Context UriInfo uri) {
        PageContext page = pages.context(headers, uri);
        return Pages.localized(Templates.login(page, true, oidc), page);
    }

    @GET
    @Path("login.html")
    public Response formerLogin() {
        return see("/login");
    }

    @GET
    @Path("login-error.html")
    public Response formerLoginError() {
        return see("/login-error");
    }

    @GET
    @Path("index.html")
    public Response formerIndex() {
        return see("/items");
    }

    @GET
    public Response root() {
        return see("/items");
    }

    /** Sets the language cookie and returns to {@code next} (a path of this site only). */
    @GET
    @Path("lang")
    public Response language(@QueryParam("l") String lang, @QueryParam("next") String next) {
        String target = localPath(next) ? next : "/items";
        Response.ResponseBuilder rb = Response.seeOther(URI.create(target)).header("Cache-Control", "no-store");
        if (lang != null && Pages.LANGUAGES.contains(lang)) {
            rb.cookie(new NewCookie.Builder(Pages.LANG_COOKIE)
                    .value(lang)
                    .path("/")
                    .maxAge(365 * 24 * 3600)
                    .httpOnly(true)
                    .sameSite(NewCookie.SameSite.LAX)
                    .build());
        }
        return rb.build();
    }

    /** Only paths on this site: no scheme, no host ({@code //}), no backslash tricks, no line breaks. */
    static boolean localPath(String next) {
        return next != null
                && next.length() <= 2000
                && next.startsWith("/")
                && !next.startsWith("//")
                && next.chars().noneMatch(c -> c == '\\' || c < 0x20 || c == 0x7f);
    }

    private static Response see(String path) {
        return Response.status(302).location(URI.create(path)).build();
    }
}
