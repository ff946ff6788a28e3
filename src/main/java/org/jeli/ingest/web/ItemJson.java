package org.jeli.ingest.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jeli.ingest.Claims;
import org.jeli.ingest.ItemDetails;
import org.jeli.ingest.ItemPage;
import org.jeli.ingest.ItemSummary;
import org.jeli.ingest.MetadataDetails;
import org.jeli.ingest.Receipt;
import org.jeli.ingest.SubmissionDetails;
import org.jeli.metadata.NormalizedMetadata;

/** The JSON shapes of the item API. Built from read models, never from database rows. */
public final class ItemJson {
    private ItemJson() {}

    static Map<String, Object> receipt(Receipt r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.recorded().itemId());
        m.put("sha256", r.sha256().hex());
        m.put("sha512", r.sha512().hex());
        m.put("size", r.size());
        m.put("mediaType", r.mediaType());
        m.put("createdAt", r.recorded().itemCreatedAt().toString());
        m.put("collection", r.recorded().collectionId());
        m.put("submissionId", r.recorded().submissionId());
        m.put("logIndex", r.recorded().logIndex());
        m.put("newItem", r.recorded().newItem());
        m.put("newBlob", r.newBlob());
        m.put("metadata", Map.of("state", "PENDING"));
        Map<String, String> links =
                new LinkedHashMap<>(links(r.recorded().itemId().toString()));
        // The receipt of this very submission (the item's default is its first one).
        links.put(
                "receipt", links.get("receipt") + "?submission=" + r.recorded().submissionId());
        m.put("links", links);
        return m;
    }

    /** The item; without identifying fields unless {@code identifying}. */
    public static Map<String, Object> item(ItemDetails d, boolean identifying) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("collection", Map.of("id", d.collectionId(), "name", d.collectionName()));
        m.put("sha256", d.sha256());
        m.put("sha512", d.sha512());
        m.put("size", d.size());
        m.put("mediaType", d.mediaType());
        m.put("createdAt", d.createdAt().toString());
        m.put("createdBy", d.createdBy());
        m.put("claims", claims(d.claims(), identifying));
        m.put("metadata", metadata(d.metadata(), identifying));
        m.put("dates", ItemProvenance.dates(d));
        m.put("places", identifying ? ItemProvenance.places(d) : List.of());
        m.put("identifyingFields", identifying ? "shown" : "hidden");
        List<Map<String, Object>> subs = new ArrayList<>();
        for (SubmissionDetails s : d.submissions()) {
            subs.add(submission(s, identifying));
        }
        m.put("submissions", subs);
        m.put("links", links(d.id().toString()));
        return m;
    }

    static Map<String, Object> page(ItemPage p) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (ItemSummary s : p.items()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("collection", Map.of("id", s.collectionId(), "name", s.collectionName()));
            m.put("sha256", s.sha256());
            m.put("size", s.size());
            m.put("mediaType", s.mediaType());
            m.put("title", s.title());
            m.put("sensitivity", s.sensitivity());
            m.put("metadataState", s.metadataState());
            putIfPresent(m, "metadataOutcome", s.metadataOutcome());
            m.put("createdAt", s.createdAt().toString());
            items.add(m);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("items", items);
        m.put("page", p.page());
        m.put("size", p.size());
        m.put("total", p.total());
        return m;
    }

    static Map<String, Object> claims(Claims c, boolean identifying) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", c.title());
        m.put("description", c.description());
        m.put("sourcePlatform", c.sourcePlatform().label());
        m.put("sourceDetail", c.sourceDetail());
        putIfPresent(m, "claimedCapturedAt", c.claimedCapturedAt());
        if (identifying) {
            putIfPresent(m, "claimedLocation", c.claimedLocation());
        }
        m.put("sensitivity", c.sensitivity().label());
        putIfPresent(m, "language", c.language());
        return m;
    }

    private static Map<String, Object> submission(SubmissionDetails s, boolean identifying) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("submittedBy", s.submittedBy());
        m.put("submittedAt", s.submittedAt().toString());
        m.put("method", s.method());
        if (identifying) {
            putIfPresent(m, "originalFilename", s.originalFilename());
        }
        putIfPresent(m, "declaredType", s.declaredType());
        m.put("claims", claims(s.claims(), identifying));
        return m;
    }

    private static Map<String, Object> metadata(MetadataDetails md, boolean identifying) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", md.state());
        putIfPresent(m, "outcome", md.outcome());
        putIfPresent(m, "outcomeDetail", md.outcomeDetail());
        putIfPresent(m, "extractor", md.extractor());
        NormalizedMetadata n = md.normalized();
        if (n != null) {
            putIfPresent(m, "mediaType", n.mediaType());
            putIfPresent(m, "capturedAt", n.capturedAt());
            if (identifying && n.gpsLatitude() != null && n.gpsLongitude() != null) {
                m.put("gps", Map.of("latitude", n.gpsLatitude(), "longitude", n.gpsLongitude()));
            }
            Map<String, Object> device = new LinkedHashMap<>();
            putIfPresent(device, "make", n.deviceMake());
            putIfPresent(device, "model", n.deviceModel());
            if (!device.isEmpty()) {
                m.put("device", device);
            }
            putIfPresent(m, "durationSeconds", n.durationSeconds());
            putIfPresent(m, "width", n.width());
            putIfPresent(m, "height", n.height());
            putIfPresent(m, "codecs", n.codecs());
            putIfPresent(m, "pageCount", n.pageCount());
            putIfPresent(m, "language", n.language());
        }
        m.put("textLength", md.textLength());
        if (md.extractedAt() != null) {
            m.put("extractedAt", md.extractedAt().toString());
        }
        m.put("raw", identifying ? md.raw() : Redaction.raw(md.raw()));
        return m;
    }

    private static Map<String, String> links(String id) {
        return Map.of(
                "self",
                "/api/items/" + id,
                "content",
                "/api/items/" + id + "/content",
                "text",
                "/api/items/" + id + "/text",
                "receipt",
                "/api/items/" + id + "/receipt");
    }

    static void putIfPresent(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
