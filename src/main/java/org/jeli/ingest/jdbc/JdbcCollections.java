package org.jeli.ingest.jdbc;

import java.util.UUID;

/** Collection references in item queries: an id or a name. */
final class JdbcCollections {
    private JdbcCollections() {}

    static UUID parseUuid(String s) {
        if (s == null || s.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
