package org.jeli.ingest.web;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jeli.provenance.LogReader.ProvenEntry;
import org.jeli.provenance.StoredCheckpoint;
import org.jeli.provenance.entry.CanonicalJson;
import org.jeli.provenance.web.ProofJson;

/** The custody timeline: each entry's exact bytes, its decoded content and its inclusion proof. */
final class CustodyJson {
    private CustodyJson() {}

    static Map<String, Object> timeline(List<ProvenEntry> entries, StoredCheckpoint checkpoint) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ProvenEntry p : entries) {
            Map<String, Object> m = ProofJson.entry(p.entry());
            m.put("entry", CanonicalJson.decode(p.entry().bytes()));
            m.put("proof", p.proof() == null ? null : ProofJson.inclusion(p.proof()));
            out.add(m);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        if (checkpoint != null) {
            Map<String, Object> cp = new LinkedHashMap<>();
            cp.put("size", checkpoint.size());
            cp.put("rootHash", Base64.getEncoder().encodeToString(checkpoint.rootHash()));
            cp.put("note", checkpoint.note());
            m.put("checkpoint", cp);
        }
        m.put("entries", out);
        return m;
    }
}
