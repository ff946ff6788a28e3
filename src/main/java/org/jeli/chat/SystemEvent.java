package org.jeli.chat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A notice the platform wrote into the conversation: encryption notice, someone joined or left, the
 * subject or icon changed, and the like.
 *
 * @param position 1-based place in its conversation, shared with messages and gaps
 * @param time local wall-clock time; offset unknown
 * @param instant absolute time when the format states one, otherwise {@code null}
 * @param systemKind what happened
 * @param actor who did it, as written, when the format or phrasing names them; otherwise {@code null}
 * @param text the notice as written (WhatsApp) or the action and its operands (Telegram)
 */
public record SystemEvent(
        long position, LocalDateTime time, Instant instant, SystemEventKind systemKind, String actor, String text)
        implements ChatEvent {
    public SystemEvent {
        if (position < 1) {
            throw new IllegalArgumentException("position starts at 1");
        }
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(systemKind, "systemKind");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public ChatEventKind kind() {
        return ChatEventKind.SYSTEM_EVENT;
    }
}
