package org.jeli.provenance;

import java.util.Map;
import java.util.Objects;

/**
 * An event to append, before the sequencer gives it its index, time and previous-entry hash.
 * Personal data must already be replaced by salted commitments (see {@link PersonalData}).
 *
 * @param actor {@code user:<id>} or {@code system}
 * @param subject what the event is about, e.g. {@code item:<uuid>}
 */
public record EntryDraft(String kind, String actor, String subject, Map<String, Object> payload) {
    public EntryDraft {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(subject, "subject");
        payload = payload == null ? Map.of() : payload;
    }

    public static String user(long id) {
        return "user:" + id;
    }

    public static String item(java.util.UUID id) {
        return "item:" + id;
    }
}
