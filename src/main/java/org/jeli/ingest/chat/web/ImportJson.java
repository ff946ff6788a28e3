package org.jeli.ingest.chat.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jeli.ingest.chat.ImportCounts;
import org.jeli.ingest.chat.ImportStatus;

/** The JSON shape of an import. */
final class ImportJson {
    private ImportJson() {}

    static Map<String, Object> status(ImportStatus s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("state", s.state().name());
        m.put("collection", s.collectionId());
        m.put("exportItem", s.exportItemId());
        m.put("sourceKind", s.sourceKind().label());
        if (s.format() != null) {
            m.put("format", s.format());
        }
        m.put("timeZone", s.timeZone() == null ? "unknown" : s.timeZone());
        m.put("sensitivity", s.sensitivity().label());
        m.put("percent", s.percent());
        ImportCounts c = s.counts();
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("messages", c.messages());
        counts.put("systemMessages", c.systemMessages());
        counts.put("attachments", c.attachments());
        counts.put("gaps", c.gaps());
        counts.put("duplicates", c.duplicates());
        counts.put("warnings", c.warnings());
        m.put("counts", counts);
        if (s.errorCode() != null) {
            m.put("error", Map.of("code", s.errorCode(), "message", s.errorMessage()));
        }
        m.put("createdAt", s.createdAt().toString());
        m.put("updatedAt", s.updatedAt().toString());
        if (s.finishedAt() != null) {
            m.put("finishedAt", s.finishedAt().toString());
        }
        m.put("links", Map.of("self", "/api/imports/" + s.id(), "export", "/api/items/" + s.exportItemId()));
        return m;
    }
}
