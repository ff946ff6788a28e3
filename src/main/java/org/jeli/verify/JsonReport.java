package org.jeli.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link PackageReport} as JSON for machines, with each finding's sentence in the chosen language. */
public final class JsonReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Messages messages;

    public JsonReport(Messages messages) {
        this.messages = messages;
    }

    public String render(PackageReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("verified", r.verified());
        m.put("source", r.source());
        m.put("export", r.exportId());
        m.put("origin", r.origin());
        m.put("payloadFiles", r.payloadFiles());
        m.put("payloadBytes", r.payloadBytes());
        m.put("checkpoint", r.checkpoint());
        m.put("latest", r.latest());
        m.put("keys", r.keys());
        m.put("tsaRoots", r.tsaRoots());
        m.put("findings", findings(r.findings()));
        List<Map<String, Object>> items = new ArrayList<>();
        for (ItemVerdict i : r.items()) {
            Map<String, Object> im = new LinkedHashMap<>();
            im.put("id", i.id());
            im.put("verified", i.verified());
            im.put("payload", i.payload());
            im.put("sha256", i.sha256());
            im.put("size", i.size());
            im.put("bytesIntact", i.bytesIntact());
            im.put("submissionEntry", i.submissionEntry());
            im.put("checkpointSize", i.checkpointSize());
            im.put("timestamp", i.timestamp());
            im.put("events", i.events());
            im.put("findings", findings(i.findings()));
            items.add(im);
        }
        m.put("items", items);
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report could not be written as JSON", e);
        }
    }

    private List<Map<String, Object>> findings(List<Finding> findings) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("severity", f.severity().name());
            m.put("code", f.code().name());
            m.put("where", f.where());
            m.put("message", messages.describe(f));
            m.put("detail", f.detail());
            out.add(m);
        }
        return out;
    }
}
