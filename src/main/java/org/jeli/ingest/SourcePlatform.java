package org.jeli.ingest;

import java.util.Locale;

/** Where the archivist says the material came from. */
public enum SourcePlatform {
    WHATSAPP,
    TELEGRAM,
    FACEBOOK,
    TIKTOK,
    X,
    YOUTUBE,
    SIGNAL,
    PHONE,
    OTHER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for an unknown label */
    public static SourcePlatform fromLabel(String label) {
        for (SourcePlatform p : values()) {
            if (p.label().equals(label)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown platform");
    }
}
