package org.jeli.ingest.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jeli.access.Sensitivity;
import org.jeli.ingest.ItemNotFoundException;
import org.jeli.ingest.chat.Conversations;
import org.jeli.ingest.chat.StoredMessage;

/**
 * The chat parts of the item JSON and the conversation window, built once for the API and the
 * item page alike, so that both show and hide exactly the same (see {@link MessageJson}). Callers
 * authorise and log; this only reads.
 */
@ApplicationScoped
public class ChatJson {
    private final Conversations conversations;
    private final ItemAccess access;

    public ChatJson(Conversations conversations, ItemAccess access) {
        this.conversations = conversations;
        this.access = access;
    }

    /** Adds {@code message} (with its attachments), {@code attachedTo} and {@code arrivals} to an item's JSON. */
    public void addItemFields(Map<String, Object> json, ItemAccess.Granted granted) {
        boolean identifying = granted.identifying();
        conversations.message(granted.item().id()).ifPresent(message -> {
            Map<String, Object> m = MessageJson.message(message, identifying, conversations);
            m.put("attachments", MessageJson.attachments(conversations.attachments(message.itemId()), identifying));
            json.put("message", m);
        });
        var attachedTo = conversations.attachedTo(granted.item().id());
        if (!attachedTo.isEmpty()) {
            json.put(
                    "attachedTo",
                    attachedTo.stream()
                            .map(a -> Map.of("message", a.messageItemId(), "kind", a.kind()))
                            .toList());
        }
        json.put(
                "arrivals",
                MessageJson.arrivals(
                        conversations.arrivals(
                                granted.item().sha256(), granted.user().id()),
                        identifying));
    }

    /**
     * The messages {@code before} and {@code after} a message (or the start of an export's
     * conversation), each within the caller's clearance.
     *
     * @throws ItemNotFoundException when the item is neither a message nor an export with this conversation
     */
    public Map<String, Object> window(ItemAccess.Granted granted, int before, int after, int conversation) {
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
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("item", itemId);
        m.put("export", export);
        m.put("conversation", conv);
        m.put("identifyingFields", granted.identifying() ? "shown" : "hidden");
        m.put("messages", messages);
        return m;
    }
}
