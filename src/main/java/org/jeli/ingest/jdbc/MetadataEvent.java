package org.jeli.ingest.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jeli.common.Digest;
import org.jeli.metadata.ExtractionResult;
import org.jeli.metadata.NormalizedMetadata;
import org.jeli.provenance.EntryDraft;
import org.jeli.provenance.entry.CanonicalJson;
import org.jeli.provenance.jdbc.JdbcPersonalData;

/**
 * The {@code metadata.extracted} log entry: outcome and extractor in clear, the normalised metadata
 * (which holds GPS positions and device names) only as a salted commitment to its canonical JSON.
 */
final class MetadataEvent {
    static final String KIND = "metadata.extracted";

    private MetadataEvent() {}

    static EntryDraft draft(
            Connection c, JdbcPersonalData personal, Digest sha256, ExtractionResult r, String extractor)
            throws SQLException {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("blob", sha256.hex());
        payload.put("outcome", r.outcome().name());
        payload.put("extractor", extractor);
        payload.put(
                "metadata",
                personal.commit(
                        c, "metadata:" + sha256.hex() + ":" + java.util.UUID.randomUUID(), canonical(r.normalized())));
        return new EntryDraft(KIND, "system", "blob:sha256:" + sha256.hex(), payload);
    }

    static String canonical(NormalizedMetadata n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mediaType", n.mediaType());
        m.put("capturedAt", n.capturedAt());
        m.put("gpsLatitude", n.gpsLatitude() == null ? null : n.gpsLatitude().toString());
        m.put("gpsLongitude", n.gpsLongitude() == null ? null : n.gpsLongitude().toString());
        m.put("deviceMake", n.deviceMake());
        m.put("deviceModel", n.deviceModel());
        m.put(
                "durationSeconds",
                n.durationSeconds() == null ? null : n.durationSeconds().toString());
        m.put("width", n.width() == null ? null : n.width().longValue());
        m.put("height", n.height() == null ? null : n.height().longValue());
        m.put("codecs", n.codecs());
        m.put("pageCount", n.pageCount() == null ? null : n.pageCount().longValue());
        m.put("language", n.language());
        return new String(CanonicalJson.encode(m), StandardCharsets.UTF_8);
    }
}
