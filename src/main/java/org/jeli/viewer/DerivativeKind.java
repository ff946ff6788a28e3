package org.jeli.viewer;

import java.util.Locale;

/** What a derivative is for. */
public enum DerivativeKind {
    /** A small still image for lists (JPEG). */
    THUMBNAIL,
    /** What the item page shows: a re-encoded image, or a web-playable video or audio file. */
    PREVIEW;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
