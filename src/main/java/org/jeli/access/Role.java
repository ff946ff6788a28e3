package org.jeli.access;

import java.util.Locale;

/** What a user may do. The access-control rules per role are in SECURITY.md. */
public enum Role {
    ADMIN,
    ARCHIVIST,
    INVESTIGATOR,
    VIEWER;

    /** The name used in the database and in security annotations. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
