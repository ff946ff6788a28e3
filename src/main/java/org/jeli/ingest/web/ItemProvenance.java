package org.jeli.ingest.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jeli.ingest.ItemDetails;
import org.jeli.ingest.SubmissionDetails;
import org.jeli.metadata.NormalizedMetadata;

/**
 * Every date and place known for an item, each with where it came from: {@code extracted} (the
 * file says so), {@code filename} (the file's name implies it) or {@code uploader} (a person said
 * so). They are listed side by side and never merged.
 */
final class ItemProvenance {
    private ItemProvenance() {}

    static List<Map<String, Object>> dates(ItemDetails d) {
        List<Map<String, Object>> out = new ArrayList<>();
        NormalizedMetadata n = d.metadata().normalized();
        if (n != null && n.capturedAt() != null) {
            out.add(entry("value", n.capturedAt(), "source", "extracted", "field", "capturedAt"));
        }
        for (SubmissionDetails s : d.submissions()) {
            if (s.filenameDate() != null) {
                out.add(entry(
                        "value",
                        s.filenameDate(),
                        "source",
                        "filename",
                        "pattern",
                        s.filenamePattern(),
                        "submission",
                        s.id().toString()));
            }
            if (s.claims().claimedCapturedAt() != null) {
                out.add(entry(
                        "value",
                        s.claims().claimedCapturedAt(),
                        "source",
                        "uploader",
                        "submission",
                        s.id().toString()));
            }
        }
        return out;
    }

    static List<Map<String, Object>> places(ItemDetails d) {
        List<Map<String, Object>> out = new ArrayList<>();
        NormalizedMetadata n = d.metadata().normalized();
        if (n != null && n.gpsLatitude() != null && n.gpsLongitude() != null) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("latitude", n.gpsLatitude());
            m.put("longitude", n.gpsLongitude());
            m.put("source", "extracted");
            out.add(m);
        }
        for (SubmissionDetails s : d.submissions()) {
            if (s.claims().claimedLocation() != null) {
                out.add(entry(
                        "text", s.claims().claimedLocation(), "source", "uploader", "submission", s.id().toString()));
            }
        }
        return out;
    }

    private static Map<String, Object> entry(String... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                m.put(keyValues[i], keyValues[i + 1]);
            }
        }
        return m;
    }
}
