package org.jeli.ingest.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jeli.ingest.chat.Arrival;
import org.jeli.ingest.chat.AttachmentLink;
import org.jeli.ingest.chat.Conversations;
import org.jeli.ingest.chat.MessageKind;
import org.jeli.ingest.chat.Pseudonyms;
import org.jeli.ingest.chat.StoredMessage;

/**
 * The JSON of imported messages. Below the identifying clearance, senders, actors and
 * forwarded-from become "Participant N", phone numbers in the text become the participant they
 * are, a system notice is reduced to its kind and actor, and attachment file names are left out.
 */
final class MessageJson {
    private MessageJson() {}

    static Map<String, Object> message(StoredMessage s, boolean identifying, Conversations conversations) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("item", s.itemId());
        m.put("kind", s.kind().name());
        m.put("export", s.exportItemId());
        m.put("conversation", s.conversation());
        if (identifying && s.conversationName() != null) {
            m.put("conversationName", s.conversationName());
        }
        m.put("position", s.position());
        m.put("localTime", s.localTime().toString());
        m.put("utcOffset", s.utcOffset() == null ? "unknown" : s.utcOffset());
        if (s.instant() != null) {
            m.put("instant", s.instant().toString());
        }
        if (s.sender() != null) {
            m.put("sender", identifying ? s.sender() : Pseudonyms.label(s.participant()));
        }
        m.put("text", text(s, identifying, conversations));
        List<String> flags =
                s.flags().isEmpty() ? List.of() : Arrays.asList(s.flags().split(","));
        m.put("flags", flags);
        m.put("system", s.kind() == MessageKind.SYSTEM);
        m.put("forwarded", flags.contains("FORWARDED"));
        m.put("deleted", flags.contains("DELETED"));
        m.put("voice", flags.contains("VOICE"));
        ItemJson.putIfPresent(m, "systemKind", s.systemKind());
        ItemJson.putIfPresent(m, "gapKind", s.gapKind());
        ItemJson.putIfPresent(m, "sourceId", s.sourceId());
        if (s.replyToId() != null) {
            Map<String, Object> reply = new LinkedHashMap<>();
            reply.put("sourceId", s.replyToId());
            conversations
                    .bySourceId(s.exportItemId(), s.conversation(), s.replyToId())
                    .ifPresent(id -> reply.put("item", id));
            m.put("replyTo", reply);
        }
        if (s.forwardedFrom() != null) {
            m.put("forwardedFrom", identifying ? s.forwardedFrom() : Pseudonyms.label(s.forwardedParticipant()));
        }
        return m;
    }

    /**
     * Attachment file names in a message's text ({@code IMG-20230312-WA0001.jpg (file attached)},
     * {@code <attached: Moussa.jpg>}) are identifying like the attachment's own name: the last
     * space-free run ending in a common file extension is masked. A name with spaces keeps its
     * earlier words (the export's sender names among them are replaced above).
     */
    private static final java.util.regex.Pattern FILE_NAME = java.util.regex.Pattern.compile(
            "[^\\s<>:\"]+\\.(?:jpe?g|png|gif|webp|heic|mp4|3gp|mov|webm|mkv|opus|ogg|m4a|mp3|aac|amr|wav|pdf"
                    + "|docx?|xlsx?|pptx?|vcf|zip|txt|apk)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    private static String text(StoredMessage s, boolean identifying, Conversations conversations) {
        if (identifying) {
            return s.text();
        }
        return switch (s.kind()) {
            case MESSAGE ->
                FILE_NAME
                        .matcher(Pseudonyms.replaceNames(
                                Pseudonyms.replacePhones(
                                        s.text(), phone -> conversations.phoneLabel(s.collectionId(), phone)),
                                conversations.names(s.exportItemId())))
                        .replaceAll("[file]");
            case SYSTEM ->
                s.systemKind().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + (s.sender() == null ? "" : " (" + Pseudonyms.label(s.participant()) + ")");
            case GAP -> "";
        };
    }

    static List<Map<String, Object>> attachments(List<AttachmentLink> links, boolean identifying) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (AttachmentLink a : links) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("item", a.attachmentItemId());
            m.put("kind", a.kind());
            m.put("voice", "VOICE".equals(a.kind()));
            if (identifying) {
                m.put("name", a.name());
            }
            m.put("link", "/api/items/" + a.attachmentItemId());
            out.add(m);
        }
        return out;
    }

    static List<Map<String, Object>> arrivals(List<Arrival> arrivals, boolean identifying) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Arrival a : arrivals) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("item", a.itemId());
            m.put("collection", Map.of("id", a.collectionId(), "name", a.collectionName()));
            m.put("submission", a.submissionId());
            m.put("submittedAt", a.submittedAt().toString());
            m.put("submittedBy", a.submittedBy());
            m.put("method", a.method());
            if (a.importId() != null) {
                m.put("via", "import");
                m.put("import", a.importId());
                m.put("export", a.exportItemId());
                if (identifying && a.group() != null) {
                    m.put("group", a.group());
                }
            } else {
                m.put("via", "upload");
            }
            out.add(m);
        }
        return out;
    }
}
