package org.jeli.viewer.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The chat parts of the item page, read from the API's own JSON ({@code message}, {@code
 * attachedTo} and {@code arrivals} of {@code GET /api/items/{id}}, the {@code messages} of {@code
 * GET /api/items/{id}/conversation}), so that the page shows what the API shows and nothing more:
 * pseudonyms below the identifying clearance, no attachment file names, no group names.
 *
 * @param message the item's own message, or null when it is not one
 * @param window the conversation around it, in order (empty when not a message)
 * @param earlier the page query that shows more messages before, or null at the start (or the limit)
 * @param later the page query that shows more messages after, or null at the end (or the limit)
 * @param attachedTo the messages (item ids) this file was attached to
 */
public record ChatView(
        Message message,
        List<Message> window,
        String earlier,
        String later,
        List<String> attachedTo,
        List<ArrivalView> arrivals) {

    /** One message as the API gives it; {@code current} marks the page's own message. */
    public record Message(
            String item,
            long position,
            String sender,
            String text,
            String localTime,
            String utcOffset,
            boolean offsetUnknown,
            boolean forwarded,
            String forwardedFrom,
            boolean deleted,
            boolean system,
            boolean voice,
            String replyTo,
            List<Attachment> attachments,
            boolean current) {}

    /** A file attached to the message; {@code name} only at or above the identifying clearance. */
    public record Attachment(String item, String kind, String name) {}

    /** One arrival of the bytes: by upload, or by a chat import ({@code group} only when identifying). */
    public record ArrivalView(
            String item,
            String collection,
            String via,
            String submittedBy,
            String submittedAt,
            String importId,
            String export,
            String group) {
        public boolean imported() {
            return "import".equals(via);
        }
    }

    public boolean isMessage() {
        return message != null;
    }

    @SuppressWarnings("unchecked")
    static ChatView of(
            Map<String, Object> item, Map<String, Object> conversation, int before, int after, int maxWindow) {
        Map<String, Object> m = (Map<String, Object>) item.get("message");
        Message message = m == null ? null : message(m, true);
        List<Message> window = new ArrayList<>();
        String earlier = null;
        String later = null;
        if (message != null && conversation != null) {
            List<Map<String, Object>> messages = (List<Map<String, Object>>) conversation.get("messages");
            for (Map<String, Object> w : messages) {
                window.add(message(w, Objects.equals(str(w.get("item")), message.item())));
            }
            if (before < maxWindow && message.position() - before > 1) {
                earlier = "?before=" + Math.min(maxWindow, before + 10) + "&after=" + after + "#conversation";
            }
            if (after < maxWindow
                    && !messages.isEmpty()
                    && ((Number) messages.get(messages.size() - 1).get("position")).longValue()
                            >= message.position() + after) {
                later = "?before=" + before + "&after=" + Math.min(maxWindow, after + 10) + "#conversation";
            }
        }
        List<String> attachedTo = new ArrayList<>();
        for (Map<String, Object> a : (List<Map<String, Object>>) item.getOrDefault("attachedTo", List.of())) {
            attachedTo.add(str(a.get("message")));
        }
        List<ArrivalView> arrivals = new ArrayList<>();
        for (Map<String, Object> a : (List<Map<String, Object>>) item.getOrDefault("arrivals", List.of())) {
            Map<String, Object> c = (Map<String, Object>) a.get("collection");
            arrivals.add(new ArrivalView(
                    str(a.get("item")),
                    c == null ? null : str(c.get("name")),
                    str(a.get("via")),
                    str(a.get("submittedBy")),
                    str(a.get("submittedAt")),
                    str(a.get("import")),
                    str(a.get("export")),
                    str(a.get("group"))));
        }
        return new ChatView(message, window, earlier, later, attachedTo, arrivals);
    }

    @SuppressWarnings("unchecked")
    private static Message message(Map<String, Object> m, boolean current) {
        List<Attachment> attachments = new ArrayList<>();
        for (Map<String, Object> a : (List<Map<String, Object>>) m.getOrDefault("attachments", List.of())) {
            String kind = str(a.get("kind"));
            attachments.add(new Attachment(
                    str(a.get("item")),
                    kind == null ? null : kind.toLowerCase(java.util.Locale.ROOT),
                    str(a.get("name"))));
        }
        Map<String, Object> reply = (Map<String, Object>) m.get("replyTo");
        String offset = str(m.get("utcOffset"));
        return new Message(
                str(m.get("item")),
                ((Number) m.get("position")).longValue(),
                str(m.get("sender")),
                str(m.get("text")),
                str(m.get("localTime")),
                offset,
                offset == null || "unknown".equals(offset),
                Boolean.TRUE.equals(m.get("forwarded")),
                str(m.get("forwardedFrom")),
                Boolean.TRUE.equals(m.get("deleted")),
                Boolean.TRUE.equals(m.get("system")),
                Boolean.TRUE.equals(m.get("voice")),
                reply == null ? null : str(reply.get("item")),
                attachments,
                current);
    }

    private static String str(Object o) {
        return o == null || o.toString().isEmpty() ? null : o.toString();
    }
}
