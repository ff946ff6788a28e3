package org.jeli.ingest.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jeli.access.Action;
import org.jeli.access.Sensitivity;
import org.jeli.common.InvalidFieldException;
import org.jeli.ingest.ItemNotFoundException;
import org.jeli.ingest.chat.Conversations;
import org.jeli.ingest.chat.StoredMessage;

/**
 * {@code GET /api/items/{id}/conversation?before=N&after=N}: the messages around a message, as the
 * export ordered them, each within the caller's clearance and with identifying fields removed
 * below it. Logged like a view of the message. On an export item it gives the start of the
 * export's conversation {@code conversation} (0 unless a Telegram account export holds several).
 */
@Path("/api/items/{id}/conversation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "archivist", "investigator", "viewer"})
public class ConversationResource {
    static final int MAX_WINDOW = 200;

    private final ItemAccess access;
    private final Conversations conversations;
    private final AccessLog accessLog;

    public ConversationResource(ItemAccess access, Conversations conversations, AccessLog accessLog) {
        this.access = access;
        this.conversations = conversations;
        this.accessLog = accessLog;
    }

    @GET
    public Map<String, Object> window(
            @PathParam("id") String id,
            @QueryParam("before") @DefaultValue("10") int before,
            @QueryParam("after") @DefaultValue("10") int after,
            @QueryParam("conversation") @DefaultValue("0") int conversation) {
        if (before < 0 || before > MAX_WINDOW) {
            throw new InvalidFieldException("before", "must be between 0 and " + MAX_WINDOW);
        }
        if (after < 0 || after > MAX_WINDOW) {
            throw new InvalidFieldException("after", "must be between 0 and " + MAX_WINDOW);
        }
        ItemAccess.Granted granted = access.authorize(id, Action.VIEW);
        UUID itemId = granted.item().id();
        var centre = conversations.message(itemId);
        UUID export = centre.map(StoredMessage::exportItemId).orElse(itemId);
        int conv = centre.map(StoredMessage::conversation).orElse(conversation);
        long from = centre.map(c -> c.position() - before).orElse(1L);
        long to = centre.map(c -> c.position() + after).orElse(1L + after);
        List<StoredMessage> window = conversations.window(export, conv, from, to);
        if (centre.isEmpty() && window.isEmpty()) {
            throw new ItemNotFoundException(); // neither a message nor an export with this conversation
        }
        Sensitivity clearance = access.clearance(granted);
        List<Map<String, Object>> messages = new ArrayList<>();
        for (StoredMessage s : window) {
            if (Sensitivity.fromLabel(s.sensitivity()).compareTo(clearance) <= 0) {
                messages.add(MessageJson.message(s, granted.identifying(), conversations));
            }
        }
        accessLog.record("item.viewed", granted.item(), Map.of("view", "conversation"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("item", itemId);
        m.put("export", export);
        m.put("conversation", conv);
        m.put("identifyingFields", granted.identifying() ? "shown" : "hidden");
        m.put("messages", messages);
        return m;
    }
}
