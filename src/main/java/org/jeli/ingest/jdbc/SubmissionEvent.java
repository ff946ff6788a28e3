package org.jeli.ingest.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jeli.ingest.NewSubmission;
import org.jeli.provenance.EntryDraft;
import org.jeli.provenance.entry.CanonicalJson;
import org.jeli.provenance.jdbc.JdbcPersonalData;

/**
 * The {@code item.submitted} log entry: the blob's hashes and size in clear (they identify the
 * evidence), the claims and the file name only as salted commitments (they may identify people).
 */
final class SubmissionEvent {
    static final String KIND = "item.submitted";

    private SubmissionEvent() {}

    static EntryDraft draft(
            Connection c,
            JdbcPersonalData personal,
            NewSubmission s,
            UUID itemId,
            UUID collectionId,
            UUID submissionId,
            boolean newItem)
            throws SQLException {
        return draft((id, value) -> personal.commit(c, id, value), s, itemId, collectionId, submissionId, newItem);
    }

    /** How a commitment to personal data is made (now, or in a batch of salts). */
    interface Committer {
        String commit(String saltId, String value) throws SQLException;
    }

    static EntryDraft draft(
            Committer personal, NewSubmission s, UUID itemId, UUID collectionId, UUID submissionId, boolean newItem)
            throws SQLException {
        Map<String, Object> blob = new LinkedHashMap<>();
        blob.put("sha256", s.sha256().hex());
        blob.put("sha512", s.sha512().hex());
        blob.put("size", s.size());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("blob", blob);
        payload.put("mediaType", s.detectedType());
        payload.put("collection", collectionId.toString());
        payload.put("submission", submissionId.toString());
        payload.put("method", s.request().method());
        payload.put("newItem", newItem);
        payload.put("sensitivity", s.request().claims().sensitivity().label());
        payload.put("claims", personal.commit("submission:" + submissionId + ":claims", canonicalClaims(s)));
        if (s.request().originalFilename() != null) {
            payload.put(
                    "fileName",
                    personal.commit(
                            "submission:" + submissionId + ":filename",
                            s.request().originalFilename()));
        }
        return new EntryDraft(KIND, EntryDraft.user(s.submitterId()), EntryDraft.item(itemId), payload);
    }

    /** The claims as canonical JSON: what the commitment covers, so it can be re-derived later. */
    static String canonicalClaims(NewSubmission s) {
        Map<String, Object> m = ClaimsJson.map(s.request().claims());
        m.put("collection", s.request().collection());
        return new String(CanonicalJson.encode(m), StandardCharsets.UTF_8);
    }
}
