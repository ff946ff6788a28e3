package org.jeli.ingest.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import org.jeli.ingest.InvalidFieldException;
import org.jeli.ingest.ItemDetails;
import org.jeli.ingest.ItemFilter;
import org.jeli.ingest.ItemNotFoundException;
import org.jeli.ingest.ItemStore;
import org.jeli.ingest.jdbc.JdbcMetadataStore;

/** Reading items: one item with everything known about it, its text, and paged lists. */
@Path("/api/items")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "archivist", "investigator", "viewer"})
public class ItemResource {
    private final ItemStore items;
    private final JdbcMetadataStore metadata;
    private final AccessLog accessLog;

    public ItemResource(ItemStore items, JdbcMetadataStore metadata, AccessLog accessLog) {
        this.items = items;
        this.metadata = metadata;
        this.accessLog = accessLog;
    }

    @GET
    @Path("{id}")
    public Map<String, Object> item(@PathParam("id") String id) {
        ItemDetails item = find(id);
        accessLog.record("item.viewed", item, Map.of());
        return ItemJson.item(item);
    }

    @GET
    @Path("{id}/text")
    @Produces(MediaType.TEXT_PLAIN + ";charset=utf-8")
    public String text(@PathParam("id") String id) {
        return metadata.text(find(id).sha256());
    }

    @GET
    public Map<String, Object> list(
            @QueryParam("collection") String collection,
            @QueryParam("mediaType") String mediaType,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        ItemFilter filter = new ItemFilter(
                blankToNull(collection), blankToNull(mediaType), instant("from", from), instant("to", to), page, size);
        return ItemJson.page(items.list(filter));
    }

    ItemDetails find(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ItemNotFoundException();
        }
        return items.find(uuid).orElseThrow(ItemNotFoundException::new);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** An ISO date (midnight UTC) or offset date-time. */
    static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException ignored) {
            // a plain date next
        }
        try {
            return LocalDate.parse(value.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "is not an ISO-8601 date or date-time with offset");
        }
    }
}
