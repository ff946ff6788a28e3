package org.jeli.ingest.jdbc;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jeli.ingest.Claims;
import org.jeli.provenance.entry.CanonicalJson;

/** Claims as canonical JSON: what commitments in the log cover, so they can be re-derived. */
final class ClaimsJson {
    private ClaimsJson() {}

    static String canonical(Claims c) {
        return new String(CanonicalJson.encode(map(c)), StandardCharsets.UTF_8);
    }

    /** The claims as a map for canonical encoding, so callers can add context before encoding. */
    static Map<String, Object> map(Claims c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", c.title());
        m.put("description", c.description());
        m.put("sourcePlatform", c.sourcePlatform().label());
        m.put("sourceDetail", c.sourceDetail());
        m.put("claimedCapturedAt", c.claimedCapturedAt());
        m.put("claimedLocation", c.claimedLocation());
        m.put("sensitivity", c.sensitivity().label());
        m.put("language", c.language());
        return m;
    }
}
