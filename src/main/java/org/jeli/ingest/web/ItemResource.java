package org.jeli.ingest.web;

import io.quarkus.security.identity.SecurityIdentity;
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
import org.jeli.access.Action;
import org.jeli.access.Sensitivity;
import org.jeli.access.quarkus.CurrentUsers;
import org.jeli.common.InvalidFieldException;
import org.jeli.ingest.ItemFilter;
import org.jeli.ingest.ItemStore;
import org.jeli.ingest.SearchQuery;
import org.jeli.ingest.SourcePlatform;
import org.jeli.ingest.jdbc.JdbcMetadataStore;

/** Reading items: one item with everything known about it, its text, and paged lists. */
@Path("/api/items")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "archivist", "investigator", "viewer"})
public class ItemResource {
    private final ItemStore items;
    private final JdbcMetadataStore metadata;
    private final AccessLog accessLog;
    private final ItemAccess access;
    private final SecurityIdentity identity;
    private final org.jeli.ingest.chat.Conversations conversations;
    private final ChatJson chat;

    public ItemResource(
            ItemStore items,
            JdbcMetadataStore metadata,
            AccessLog accessLog,
            ItemAccess access,
            SecurityIdentity identity,
            org.jeli.ingest.chat.Conversations conversations,
            ChatJson chat) {
        this.conversations = conversations;
        this.chat = chat;
        this.items = items;
        this.metadata = metadata;
        this.accessLog = accessLog;
        this.access = access;
        this.identity = identity;
    }

    @GET
    @Path("{id}")
    public Map<String, Object> item(@PathParam("id") String id) {
        ItemAccess.Granted granted = access.authorize(id, Action.VIEW);
        accessLog.record("item.viewed", granted.item(), Map.of());
        Map<String, Object> json = ItemJson.item(granted.item(), granted.identifying());
        chat.addItemFields(json, granted);
        return json;
    }

    @GET
    @Path("{id}/text")
    @Produces(MediaType.TEXT_PLAIN + ";charset=utf-8")
    public String text(@PathParam("id") String id) {
        ItemAccess.Granted granted = access.authorize(id, Action.VIEW);
        if (!granted.identifying()) {
            var message = conversations.message(granted.item().id());
            if (message.isPresent()) { // names and numbers become participants, as in the conversation
                return (String)
                        MessageJson.message(message.get(), false, conversations).get("text");
            }
        }
        String text = metadata.text(granted.item().sha256());
        return granted.identifying()
                ? text
                : Redaction.text(text, granted.item().mediaType());
    }

    @GET
    public Map<String, Object> list(
            @QueryParam("collection") String collection,
            @QueryParam("mediaType") String mediaType,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("q") String q,
            @QueryParam("sourcePlatform") String sourcePlatform,
            @QueryParam("sensitivity") String sensitivity,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        ItemFilter filter = filter(collection, mediaType, from, to, q, sourcePlatform, sensitivity, page, size);
        return ItemJson.page(items.list(filter, CurrentUsers.from(identity).id()));
    }

    /** The list filter from request parameters, shared by the API and the items page. */
    public static ItemFilter filter(
            String collection,
            String mediaType,
            String from,
            String to,
            String q,
            String sourcePlatform,
            String sensitivity,
            int page,
            int size) {
        return new ItemFilter(
                blankToNull(collection),
                blankToNull(mediaType),
                instant("from", from),
                instant("to", to),
                SearchQuery.parse(q),
                enumValue("sourcePlatform", sourcePlatform, SourcePlatform::fromLabel),
                enumValue("sensitivity", sensitivity, Sensitivity::fromLabel),
                page,
                size);
    }

    private static <T> T enumValue(String field, String value, java.util.function.Function<String, T> parse) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return parse.apply(v);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, "is not a known value");
        }
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
