package org.jeli.chat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A message someone sent. System notices are {@link SystemEvent}s and omitted media are {@link Gap}s,
 * never messages.
 *
 * @param position 1-based place in its conversation, shared with system events and gaps
 * @param time the local wall-clock time shown by the export; the offset is unknown
 * @param instant the absolute time when the format states one (Telegram's {@code date_unixtime}),
 *     otherwise {@code null}
 * @param sender display name or phone number exactly as written
 * @param text the text, possibly multi-line, possibly empty
 * @param attachments files the message references, in order
 * @param flags what the export shows about the message
 * @param sourceId the platform's message id (Telegram), or {@code null}
 * @param replyToId the platform id of the message this one answers, or {@code null}
 * @param forwardedFrom who the message was forwarded from, as written, or {@code null}
 */
public record Message(
        long position,
        LocalDateTime time,
        Instant instant,
        String sender,
        String text,
        List<Attachment> attachments,
        Set<MessageFlag> flags,
        String sourceId,
        String replyToId,
        String forwardedFrom)
        implements ChatEvent {
    public Message {
        if (position < 1) {
            throw new IllegalArgumentException("position starts at 1");
        }
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(text, "text");
        attachments = List.copyOf(attachments);
        flags = Set.copyOf(flags);
    }

    /** Whether the export shows {@code flag} for this message. */
    public boolean has(MessageFlag flag) {
        return flags.contains(flag);
    }

    @Override
    public ChatEventKind kind() {
        return ChatEventKind.MESSAGE;
    }
}
