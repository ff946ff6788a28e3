package org.jeli.viewer.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import org.jeli.access.Collection;
import org.jeli.access.Role;
import org.jeli.access.Sensitivity;
import org.jeli.access.jdbc.JdbcAccessStore;
import org.jeli.ingest.SourcePlatform;

/**
 * {@code GET /upload}: several files by drag and drop or picking, the descriptive fields, per-file
 * and total progress, pause and resume, and automatic resume after a lost connection or a reload.
 * The page itself only renders the form; {@code /static/js/upload.js} is a small tus 1.0.0 client
 * of {@code /api/uploads}. A separate form starts a chat-export import: {@code
 * /static/js/import.js} posts it to {@code /api/imports} and polls its progress. Collections offered
 * are those where the user is an archivist.
 */
@Path("/upload")
@RolesAllowed({"admin", "archivist", "investigator", "viewer"})
public class UploadPage {
    private final Pages pages;
    private final JdbcAccessStore access;

    public UploadPage(Pages pages, JdbcAccessStore access) {
        this.pages = pages;
        this.access = access;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(
                PageContext page, List<Collection> collections, List<String> platforms, List<String> sensitivities);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance upload(@Context HttpHeaders headers, @Context UriInfo uri) {
        PageContext context = pages.context(headers, uri);
        long userId = pages.user().id();
        List<Collection> mine = access.collectionsOf(userId).stream()
                .filter(c -> access.membership(userId, c.id())
                        .map(m -> m.role() == Role.ARCHIVIST)
                        .orElse(false))
                .toList();
        return Pages.localized(
                Templates.upload(
                        context,
                        mine,
                        Arrays.stream(SourcePlatform.values())
                                .map(SourcePlatform::label)
                                .toList(),
                        Arrays.stream(Sensitivity.values())
                                .map(Sensitivity::label)
                                .toList()),
                context);
    }
}
