package org.jeli.viewer.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jeli.viewer.jdbc.JdbcViewerSettings;

/**
 * {@code GET /settings}: the user's viewing settings (blur graphic content until revealed, on by
 * default). {@code POST /settings} ({@code blurMedia=true}, form-encoded; absent means no blur) saves them; like
 * every change of a web session it needs the CSRF header, which {@code /static/js/forms.js} sends.
 */
@Path("/settings")
@RolesAllowed({"admin", "archivist", "investigator", "viewer"})
public class SettingsPage {
    private final Pages pages;
    private final JdbcViewerSettings settings;

    public SettingsPage(Pages pages, JdbcViewerSettings settings) {
        this.pages = pages;
        this.settings = settings;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(PageContext page);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance get(@Context HttpHeaders headers, @Context UriInfo uri) {
        PageContext context = pages.context(headers, uri);
        return Pages.localized(Templates.settings(context), context);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@FormParam("blurMedia") String blur) {
        settings.setBlurMedia(pages.user().id(), "true".equals(blur));
        return Response.noContent().build();
    }
}
