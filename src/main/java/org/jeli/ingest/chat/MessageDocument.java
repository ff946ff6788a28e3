package org.jeli.ingest.chat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jeli.provenance.entry.CanonicalJson;

/**
 * The stored bytes of one conversation position (message, system notice or gap): canonical JSON
 * (RFC 8785) of what the export says, plus the export's SHA-256 and the attachments' SHA-256, so
 * the message is hashed, encrypted, logged and verified like every item. Deterministic: the same
 * position of the same export gives the same bytes, hence one blob.
 */
public record MessageDocument(
        String exportSha256,
        int conversation,
        String conversationName,
        long position,
        MessageKind kind,
        LocalDateTime localTime,
        Instant instant,
        String sender,
        String text,
        List<String> flags,
        String detail,
        String sourceId,
        String replyToId,
        String forwardedFrom,
        List<AttachmentRef> attachments) {
    public static final String MEDIA_TYPE = "application/vnd.jeli.message+json";

    /** An attachment as the message names it, and the bytes it resolved to (null when missing). */
    public record AttachmentRef(String name, String kind, String sha256) {}

    public MessageDocument {
        flags = List.copyOf(flags);
        attachments = List.copyOf(attachments);
    }

    public byte[] canonicalBytes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("v", 1);
        m.put("type", "message");
        m.put("export", exportSha256);
        m.put("conversation", conversation);
        put(m, "conversationName", conversationName);
        m.put("position", position);
        m.put("kind", kind.name());
        m.put("localTime", localTime.toString());
        put(m, "instant", instant == null ? null : instant.toString());
        put(m, "sender", sender);
        m.put("text", text);
        m.put("flags", flags);
        put(m, "detail", detail);
        put(m, "sourceId", sourceId);
        put(m, "replyTo", replyToId);
        put(m, "forwardedFrom", forwardedFrom);
        List<Object> att = new ArrayList<>();
        for (AttachmentRef a : attachments) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("name", a.name());
            am.put("kind", a.kind());
            put(am, "sha256", a.sha256());
            att.add(am);
        }
        m.put("attachments", att);
        return CanonicalJson.encode(m);
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
