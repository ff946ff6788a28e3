package org.jeli.viewer.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jeli.access.Collection;
import org.jeli.access.Sensitivity;
import org.jeli.access.jdbc.JdbcAccessStore;
import org.jeli.ingest.ItemPage;
import org.jeli.ingest.ItemStore;
import org.jeli.ingest.ItemSummary;
import org.jeli.ingest.SourcePlatform;
import org.jeli.ingest.web.ItemResource;
import org.jeli.viewer.Playability;

/**
 * {@code GET /items}: the items the user may see, with the search box and filters of {@code GET
 * /api/items} (the same query, so the same access rules and the same search), paged, with
 * thumbnails blurred behind a content warning unless the user chose otherwise.
 */
@Path("/items")
@RolesAllowed({"admin", "archivist", "investigator", "viewer"})
public class ItemsPage {
    static final int PAGE_SIZE = 24;
    private final Pages pages;
    private final ItemStore items;
    private final JdbcAccessStore access;

    public ItemsPage(Pages pages, ItemStore items, JdbcAccessStore access) {
        this.pages = pages;
        this.items = items;
        this.access = access;
    }

    /** The filters as the user set them, echoed into the form. */
    public record Filters(
            String q, String collection, String type, String from, String to, String platform, String sensitivity) {}

    /** One result row: the item and whether it has a picture to show. */
    public record Row(ItemSummary item, boolean picture) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                PageContext page,
                Filters filters,
                List<Collection> collections,
                List<String> types,
                List<String> platforms,
                List<String> sensitivities,
                List<Row> rows,
                long total,
                int pageNumber,
                int pageCount,
                String previous,
                String next);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(
            @Context HttpHeaders headers,
            @Context UriInfo uri,
            @QueryParam("q") String q,
            @QueryParam("collection") String collection,
            @QueryParam("type") String type,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("platform") String platform,
            @QueryParam("sensitivity") String sensitivity,
            @QueryParam("page") @DefaultValue("0") int page) {
        PageContext context = pages.context(headers, uri);
        long userId = pages.user().id();
        Filters filters = new Filters(q, collection, type, from, to, platform, sensitivity);
        ItemPage result = items.list(
                ItemResource.filter(collection, type, from, to, q, platform, sensitivity, Math.max(0, page), PAGE_SIZE),
                userId);
        int pageCount = (int) Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        List<Row> rows = result.items().stream()
                .map(s -> new Row(s, Playability.isImage(s.mediaType()) || Playability.isVideo(s.mediaType())))
                .toList();
        return Pages.localized(
                Templates.list(
                        context,
                        filters,
                        access.collectionsOf(userId),
                        List.of("video/*", "audio/*", "image/*", "text/*"),
                        Arrays.stream(SourcePlatform.values())
                                .map(SourcePlatform::label)
                                .toList(),
                        Arrays.stream(Sensitivity.values())
                                .map(Sensitivity::label)
                                .toList(),
                        rows,
                        result.total(),
                        result.page() + 1,
                        pageCount,
                        result.page() > 0 ? link(filters, result.page() - 1) : null,
                        result.page() + 1 < pageCount ? link(filters, result.page() + 1) : null),
                context);
    }

    private static String link(Filters f, int page) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", f.q());
        params.put("collection", f.collection());
        params.put("type", f.type());
        params.put("from", f.from());
        params.put("to", f.to());
        params.put("platform", f.platform());
        params.put("sensitivity", f.sensitivity());
        params.put("page", Integer.toString(page));
        StringBuilder sb = new StringBuilder("/items?");
        params.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                sb.append(k)
                        .append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8))
                        .append('&');
            }
        });
        return sb.substring(0, sb.length() - 1);
    }
}
