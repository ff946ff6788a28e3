package org.jeli.access.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jeli.access.ApiToken;

/** A token as its owner sees it in a listing: never the secret, never its hash. */
final class TokenJson {
    private TokenJson() {}

    static Map<String, Object> of(ApiToken t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id().toString());
        m.put("name", t.name());
        m.put("createdAt", t.createdAt().toString());
        m.put("expiresAt", text(t.expiresAt()));
        m.put("revokedAt", text(t.revokedAt()));
        m.put("lastUsedAt", text(t.lastUsedAt()));
        return m;
    }

    private static String text(Instant i) {
        return i == null ? null : i.toString();
    }
}
