package org.jeli.chat;

import java.util.Objects;

/**
 * A file a message references.
 *
 * @param name the reference as written: a bare file name for WhatsApp, a path relative to {@code
 *     result.json} for Telegram
 * @param kind what the file is, from the platform's media type or the file name
 */
public record Attachment(String name, AttachmentKind kind) {
    public Attachment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new IllegalArgumentException("attachment name must not be blank");
        }
    }

    /** An attachment whose kind is guessed from its WhatsApp-style file name. */
    public static Attachment named(String name) {
        return new Attachment(name, AttachmentKind.fromFileName(name));
    }
}
