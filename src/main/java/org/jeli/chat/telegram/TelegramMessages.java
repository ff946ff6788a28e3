package org.jeli.chat.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jeli.chat.Attachment;
import org.jeli.chat.AttachmentKind;
import org.jeli.chat.ChatEvent;
import org.jeli.chat.Gap;
import org.jeli.chat.GapKind;
import org.jeli.chat.Message;
import org.jeli.chat.MessageFlag;
import org.jeli.chat.SystemEvent;
import org.jeli.chat.Warning;
import org.jeli.chat.WarningKind;

/**
 * Turns one Telegram message object into events. Positions count within the current conversation;
 * {@link #startConversation()} restarts them.
 */
final class TelegramMessages {
    private static final String NOT_INCLUDED = "(File ";

    private final Consumer<? super ChatEvent> sink;
    private final TelegramTimes times = new TelegramTimes();
    private long position;

    TelegramMessages(Consumer<? super ChatEvent> sink) {
        this.sink = sink;
    }

    void startConversation() {
        position = 0;
    }

    void accept(JsonNode node, long line) {
        String id = text(node, "id");
        var found = times.of(node);
        if (id == null || found.isEmpty()) {
            sink.accept(new Warning(line, WarningKind.MALFORMED_MESSAGE, "message without id or date"));
            return;
        }
        TelegramTimes.Times t = found.get();
        if (t.disagreed()) {
            sink.accept(new Warning(line, WarningKind.TIMESTAMP_DISAGREEMENT, "message id " + id));
        }
        if ("service".equals(node.path("type").asText())) {
            sink.accept(new SystemEvent(
                    ++position,
                    t.local(),
                    t.instant(),
                    ServiceActions.kind(node),
                    text(node, "actor"),
                    ServiceActions.describe(node)));
            return;
        }
        message(node, id, t);
    }

    private void message(JsonNode node, String id, TelegramTimes.Times t) {
        String sender = senderOf(node);
        List<Attachment> attachments = new ArrayList<>();
        boolean missing = false;
        for (String field : List.of("photo", "file")) {
            String path = text(node, field);
            if (path == null) {
                continue;
            }
            if (path.startsWith(NOT_INCLUDED)) {
                missing = true;
            } else {
                attachments.add(new Attachment(path, field.equals("photo") ? AttachmentKind.PHOTO : kindOf(node)));
            }
        }
        String body = TelegramText.of(node.get("text"));
        if (!missing || !body.isEmpty() || !attachments.isEmpty()) {
            sink.accept(new Message(
                    ++position,
                    t.local(),
                    t.instant(),
                    sender,
                    body,
                    attachments,
                    flags(node, attachments),
                    id,
                    text(node, "reply_to_message_id"),
                    text(node, "forwarded_from")));
        }
        if (missing) {
            sink.accept(new Gap(++position, t.local(), sender, GapKind.FILE_NOT_INCLUDED, id));
        }
    }

    private static Set<MessageFlag> flags(JsonNode node, List<Attachment> attachments) {
        Set<MessageFlag> flags = EnumSet.noneOf(MessageFlag.class);
        if (node.has("forwarded_from")) {
            flags.add(MessageFlag.FORWARDED);
        }
        if (node.has("edited") || node.has("edited_unixtime")) {
            flags.add(MessageFlag.EDITED);
        }
        if (node.has("reply_to_message_id")) {
            flags.add(MessageFlag.REPLY);
        }
        if ("voice_message".equals(node.path("media_type").asText())
                || attachments.stream().anyMatch(a -> a.kind() == AttachmentKind.VOICE)) {
            flags.add(MessageFlag.VOICE);
        }
        return flags;
    }

    private static AttachmentKind kindOf(JsonNode node) {
        return switch (node.path("media_type").asText("")) {
            case "voice_message" -> AttachmentKind.VOICE;
            case "video_message" -> AttachmentKind.VIDEO_MESSAGE;
            case "video_file" -> AttachmentKind.VIDEO;
            case "audio_file" -> AttachmentKind.AUDIO;
            case "sticker" -> AttachmentKind.STICKER;
            case "animation" -> AttachmentKind.ANIMATION;
            default -> AttachmentKind.FILE;
        };
    }

    /** The display name; the platform id when the account is deleted and has no name. */
    private static String senderOf(JsonNode node) {
        String from = text(node, "from");
        if (from != null) {
            return from;
        }
        String fromId = text(node, "from_id");
        return fromId != null ? fromId : "";
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }
}
