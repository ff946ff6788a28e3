package org.jeli.chat;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Something was sent but is missing from the export: media left out when exporting.
 *
 * @param position 1-based place in its conversation, shared with messages and system events
 * @param time local wall-clock time; offset unknown
 * @param sender who sent the missing item, as written, or {@code null} when unknown
 * @param gapKind why it is missing
 * @param sourceId the platform's message id (Telegram), or {@code null}
 */
public record Gap(long position, LocalDateTime time, String sender, GapKind gapKind, String sourceId)
        implements ChatEvent {
    public Gap {
        if (position < 1) {
            throw new IllegalArgumentException("position starts at 1");
        }
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(gapKind, "gapKind");
    }

    @Override
    public ChatEventKind kind() {
        return ChatEventKind.GAP;
    }
}
