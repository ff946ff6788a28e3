package org.jeli.ingest.chat;

/** What the archivist handed in: a zip export, a bare WhatsApp text file, or a bare Telegram JSON. */
public enum SourceKind {
    ZIP,
    TEXT,
    JSON;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static SourceKind fromLabel(String label) {
        return valueOf(label.toUpperCase(java.util.Locale.ROOT));
    }
}
