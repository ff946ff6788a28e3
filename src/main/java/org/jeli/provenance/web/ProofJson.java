package org.jeli.provenance.web;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jeli.provenance.ConsistencyProof;
import org.jeli.provenance.InclusionProof;
import org.jeli.provenance.jdbc.JdbcLogStore.StoredEntry;

/** JSON shapes of proofs and entries; hashes in standard base64, as in checkpoints. */
public final class ProofJson {
    private static final Base64.Encoder B64 = Base64.getEncoder();

    private ProofJson() {}

    public static Map<String, Object> inclusion(InclusionProof p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("leafIndex", p.leafIndex());
        m.put("treeSize", p.treeSize());
        m.put("leafHash", B64.encodeToString(p.leafHash()));
        m.put("rootHash", B64.encodeToString(p.rootHash()));
        m.put("proof", hashes(p.proof()));
        return m;
    }

    public static Map<String, Object> consistency(ConsistencyProof p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("size1", p.size1());
        m.put("size2", p.size2());
        m.put("root1", B64.encodeToString(p.root1()));
        m.put("root2", B64.encodeToString(p.root2()));
        m.put("proof", hashes(p.proof()));
        return m;
    }

    public static Map<String, Object> entry(StoredEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", e.index());
        m.put("kind", e.kind());
        m.put("subject", e.subject());
        m.put("leafHash", B64.encodeToString(e.leafHash()));
        m.put("bytes", B64.encodeToString(e.bytes()));
        return m;
    }

    private static List<String> hashes(List<byte[]> proof) {
        return proof.stream().map(B64::encodeToString).toList();
    }
}
