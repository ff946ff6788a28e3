package org.jeli.common;

import java.util.Optional;
import java.util.UUID;

/** Parsing of ids that clients send: anything that is not a canonical UUID is simply no id. */
public final class Ids {
    private Ids() {}

    /** The UUID in {@code text}, or empty when it is not one (never throws). */
    public static Optional<UUID> parseUuid(String text) {
        if (text == null || text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
