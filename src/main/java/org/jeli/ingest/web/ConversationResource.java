package org.jeli.ingest.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.jeli.access.Action;
import org.jeli.common.InvalidFieldException;

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
    public static final int MAX_WINDOW = 200;

    private final ItemAccess access;
    private final ChatJson chat;
    private final AccessLog accessLog;

    public ConversationResource(ItemAccess access, ChatJson chat, AccessLog accessLog) {
        this.access = access;
        this.chat = chat;
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
        Map<String, Object> m = chat.window(granted, before, after, conversation);
        accessLog.record("item.viewed", granted.item(), Map.of("view", "conversation"));
        return m;
    }
}
