package org.jeli.access;

import java.util.Locale;

/** How dangerous an item is to the people in it, in increasing order. */
public enum Sensitivity {
    PUBLIC,
    RESTRICTED,
    CONFIDENTIAL,
    SEALED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for an unknown label */
    public static Sensitivity fromLabel(String label) {
        for (Sensitivity s : values()) {
            if (s.label().equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown sensitivity");
    }
}
