package org.jeli.chat;

import java.util.Objects;

/**
 * Something in the export the parser could not take at face value. The import goes on; the warning
 * is counted and shown. The detail never contains message content.
 *
 * @param line 1-based line of the export the warning is about, or 0 when it is about the whole file
 * @param warningKind what went wrong
 * @param detail a short, content-free explanation
 */
public record Warning(long line, WarningKind warningKind, String detail) implements ChatEvent {
    public Warning {
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative");
        }
        Objects.requireNonNull(warningKind, "warningKind");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public ChatEventKind kind() {
        return ChatEventKind.WARNING;
    }
}
