package org.jeli.ingest.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jeli.common.Digest;
import org.jeli.ingest.MetadataDetails;
import org.jeli.metadata.ExtractionResult;
import org.jeli.metadata.NormalizedMetadata;
import org.jeli.provenance.jdbc.JdbcLogStore;
import org.jeli.provenance.jdbc.JdbcPersonalData;

/** Extraction state and results per blob. PostgreSQL text cannot hold NUL, so it is removed. */
@ApplicationScoped
public class JdbcMetadataStore {
    private static final TypeReference<Map<String, List<String>>> RAW = new TypeReference<>() {};

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final JdbcLogStore log;
    private final JdbcPersonalData personal;

    public JdbcMetadataStore(DataSource dataSource, ObjectMapper json, JdbcLogStore log, JdbcPersonalData personal) {
        this.dataSource = dataSource;
        this.json = json;
        this.log = log;
        this.personal = personal;
    }

    /** Blobs whose extraction has not run and is due at {@code now}, oldest first. */
    public List<Digest> pending(int limit, Instant now) {
        List<Digest> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select blob_sha256 from metadata where state = 'PENDING'"
                        + " and queued_at <= ? order by queued_at limit ?")) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(Digest.parse(rs.getString(1)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the extraction queue failed", e);
        }
    }

    /**
     * Stores a result and appends its {@code metadata.extracted} entry in one transaction; returns
     * false when another worker already did.
     */
    public boolean complete(Digest sha256, ExtractionResult r, String extractor, Instant at) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                boolean stored = update(c, sha256, r, extractor, at);
                if (stored) {
                    log.append(c, List.of(MetadataEvent.draft(c, personal, sha256, r, extractor)));
                }
                c.commit();
                return stored;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("storing the extraction result failed", e);
        }
    }

    private boolean update(Connection c, Digest sha256, ExtractionResult r, String extractor, Instant at)
            throws SQLException {
        NormalizedMetadata n = r.normalized();
        String sql = "update metadata set state = 'DONE', outcome = ?, outcome_detail = ?, extractor = ?,"
                + " media_type = ?, captured_at = ?, gps_latitude = ?, gps_longitude = ?, device_make = ?,"
                + " device_model = ?, duration_seconds = ?, width = ?, height = ?, codecs = ?, page_count = ?,"
                + " language = ?, raw = ?::jsonb, extracted_text = ?, extracted_at = ?, attempts = attempts + 1"
                + " where blob_sha256 = ? and state = 'PENDING'";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, r.outcome().name());
            ps.setString(2, clean(r.detail()));
            ps.setString(3, extractor);
            ps.setString(4, clean(n.mediaType()));
            ps.setString(5, clean(n.capturedAt()));
            setDouble(ps, 6, n.gpsLatitude());
            setDouble(ps, 7, n.gpsLongitude());
            ps.setString(8, clean(n.deviceMake()));
            ps.setString(9, clean(n.deviceModel()));
            setDouble(ps, 10, n.durationSeconds());
            setInt(ps, 11, n.width());
            setInt(ps, 12, n.height());
            ps.setString(13, clean(n.codecs()));
            setInt(ps, 14, n.pageCount());
            ps.setString(15, clean(n.language()));
            ps.setString(16, rawJson(r.raw()));
            ps.setString(17, clean(r.text()));
            ps.setTimestamp(18, Timestamp.from(at));
            ps.setString(19, sha256.hex());
            return ps.executeUpdate() == 1;
        }
    }

    /**
     * Counts a failed attempt of the extractor itself (not of the file) and puts the blob back in the
     * queue, due again at {@code retryAt}.
     */
    public int failedAttempt(Digest sha256, Instant retryAt) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("update metadata set attempts = attempts + 1, queued_at = ?"
                        + " where blob_sha256 = ? and state = 'PENDING' returning attempts")) {
            ps.setTimestamp(1, Timestamp.from(retryAt));
            ps.setString(2, sha256.hex());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("recording the failed attempt failed", e);
        }
    }

    MetadataDetails details(Connection c, String sha) throws SQLException {
        String sql = "select state, outcome, outcome_detail, extractor, media_type, captured_at, gps_latitude,"
                + " gps_longitude, device_make, device_model, duration_seconds, width, height, codecs, page_count,"
                + " language, raw::text, coalesce(length(extracted_text), 0), extracted_at from metadata"
                + " where blob_sha256 = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, sha);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new MetadataDetails("PENDING", null, null, null, null, Map.of(), 0, null);
                }
                NormalizedMetadata n = new NormalizedMetadata(
                        rs.getString(5),
                        rs.getString(6),
                        (Double) rs.getObject(7),
                        (Double) rs.getObject(8),
                        rs.getString(9),
                        rs.getString(10),
                        (Double) rs.getObject(11),
                        (Integer) rs.getObject(12),
                        (Integer) rs.getObject(13),
                        rs.getString(14),
                        (Integer) rs.getObject(15),
                        rs.getString(16));
                Timestamp extractedAt = rs.getTimestamp(19);
                return new MetadataDetails(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        n,
                        parseRaw(rs.getString(17)),
                        rs.getInt(18),
                        extractedAt == null ? null : extractedAt.toInstant());
            }
        }
    }

    /** The extracted text of a blob, or empty. */
    public String text(String sha) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("select coalesce(extracted_text, '') from metadata where blob_sha256 = ?")) {
            ps.setString(1, sha);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the extracted text failed", e);
        }
    }

    private String rawJson(Map<String, List<String>> raw) {
        Map<String, List<String>> cleaned = new LinkedHashMap<>();
        raw.forEach((k, v) ->
                cleaned.put(clean(k), v.stream().map(JdbcMetadataStore::clean).toList()));
        try {
            return json.writeValueAsString(cleaned);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("raw metadata is not serialisable", e);
        }
    }

    private Map<String, List<String>> parseRaw(String text) {
        if (text == null) {
            return Map.of();
        }
        try {
            return json.readValue(text, RAW);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored raw metadata is not readable", e);
        }
    }

    static String clean(String s) {
        return s == null ? null : s.replace("\u0000", "");
    }

    private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null || v.isNaN() || v.isInfinite()) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, v);
        }
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }
}
