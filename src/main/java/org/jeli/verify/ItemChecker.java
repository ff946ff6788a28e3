package org.jeli.verify;

import static org.jeli.verify.FindingCode.ENTRY_INVALID;
import static org.jeli.verify.FindingCode.ENTRY_NOT_INCLUDED;
import static org.jeli.verify.FindingCode.ITEM_FILE_INVALID;
import static org.jeli.verify.FindingCode.SUBMISSION_MISMATCH;
import static org.jeli.verify.FindingCode.TIMESTAMP_MISSING;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jeli.provenance.entry.EntryCodec;
import org.jeli.provenance.entry.EntryTime;
import org.jeli.provenance.entry.LogEntry;
import org.jeli.provenance.entry.MalformedEntryException;
import org.jeli.provenance.merkle.MerkleHash;
import org.jeli.provenance.merkle.ProofVerifier;
import org.jeli.provenance.merkle.VerificationResult;
import org.jeli.verify.ItemVerdict.CustodyEvent;
import org.jeli.verify.ItemVerdict.TimestampInfo;

/**
 * Checks one item: its bytes against the manifests, the description and the log's submission
 * entry; each custody entry's inclusion in the checkpoint; and the timestamp over the first
 * timestamped checkpoint that contains the submission.
 */
final class ItemChecker {
    private final PackageFiles files;
    private final BagVerifier.Result bag;
    private final LogEvidence log;
    private final long checkpointSize;
    private final boolean requireTimestamps;

    ItemChecker(
            PackageFiles files,
            BagVerifier.Result bag,
            LogEvidence log,
            long checkpointSize,
            boolean requireTimestamps) {
        this.files = files;
        this.bag = bag;
        this.log = log;
        this.checkpointSize = checkpointSize;
        this.requireTimestamps = requireTimestamps;
    }

    ItemVerdict check(JsonNode item) {
        List<Finding> findings = new ArrayList<>();
        String id = PackageJson.optionalText(item, "id");
        String payload = PackageJson.optionalText(item, "payload");
        String sha256 = PackageJson.optionalText(item, "sha256");
        String sha512 = PackageJson.optionalText(item, "sha512");
        long size = item.path("size").asLong(-1);
        if (id == null || payload == null || sha256 == null || sha512 == null || size < 0) {
            findings.add(Finding.error(
                    ITEM_FILE_INVALID, PackageLayout.PACKAGE, "an item lacks id, payload, hashes or size"));
            return new ItemVerdict(id, payload, sha256, size, false, null, checkpointSize, null, List.of(), findings);
        }
        boolean intact = bytesIntact(payload, sha256, sha512, findings);
        List<CustodyEvent> events = new ArrayList<>();
        Long submission = null;
        TimestampInfo stamp = null;
        LogEvidence.Checked anchor = log.checkpoint(checkpointSize);
        String custodyPath = PackageLayout.custody(id);
        try {
            JsonNode custody = PackageJson.read(files, custodyPath);
            if (!id.equals(PackageJson.text(custody, "item"))
                    || PackageJson.number(custody, "checkpoint") != checkpointSize) {
                findings.add(Finding.error(ITEM_FILE_INVALID, custodyPath, "describes another item or checkpoint"));
            }
            for (JsonNode e : PackageJson.array(custody, "entries")) {
                Long index = entry(e, id, sha256, sha512, size, anchor, custodyPath, events, findings);
                if (index != null && (submission == null || index < submission)) {
                    submission = index;
                }
            }
            if (submission == null) {
                findings.add(Finding.error(
                        SUBMISSION_MISMATCH,
                        id,
                        "no item.submitted entry in the custody records these hashes and size"));
            }
            stamp = timestamp(custody, submission, custodyPath, findings);
        } catch (IOException e) {
            findings.add(Finding.error(ITEM_FILE_INVALID, custodyPath, e.getMessage()));
        }
        return new ItemVerdict(id, payload, sha256, size, intact, submission, checkpointSize, stamp, events, findings);
    }

    private boolean bytesIntact(String payload, String sha256, String sha512, List<Finding> findings) {
        if (!files.exists(payload) || !payload.startsWith(PackageLayout.DATA)) {
            findings.add(Finding.error(ITEM_FILE_INVALID, payload, "the item's bytes are not in the payload"));
            return false;
        }
        boolean ok = true;
        for (String[] h : new String[][] {{"sha256", sha256}, {"sha512", sha512}}) {
            if (!bag.hashMatches(payload, h[0], h[1])) {
                findings.add(Finding.error(
                        ITEM_FILE_INVALID, payload, "the bytes do not have the " + h[0] + " the package records"));
                ok = false;
            }
        }
        return ok;
    }

    /** Checks one custody entry; returns its index when it is a submission of exactly these bytes. */
    private Long entry(
            JsonNode e,
            String id,
            String sha256,
            String sha512,
            long size,
            LogEvidence.Checked anchor,
            String where,
            List<CustodyEvent> events,
            List<Finding> findings)
            throws IOException {
        long index = PackageJson.number(e, "index");
        byte[] bytes = PackageJson.base64(e, "entry");
        LogEntry entry;
        try {
            entry = EntryCodec.decode(bytes);
        } catch (MalformedEntryException ex) {
            findings.add(Finding.error(ENTRY_INVALID, where + "#" + index, ex.getMessage()));
            return null;
        }
        if (!entry.subject().equals("item:" + id) && !entry.subject().equals("blob:sha256:" + sha256)) {
            findings.add(
                    Finding.error(ENTRY_INVALID, where + "#" + index, "about " + entry.subject() + ", not this item"));
            return null;
        }
        boolean included = false;
        if (anchor.root() != null) {
            VerificationResult r = ProofVerifier.verifyInclusion(
                    MerkleHash.leafHash(bytes), index, checkpointSize, PackageJson.hashes(e, "proof"), anchor.root());
            included = r.valid();
            if (!included) {
                findings.add(Finding.error(ENTRY_NOT_INCLUDED, where + "#" + index, r.message()));
            }
        }
        events.add(new CustodyEvent(index, EntryTime.format(entry.time()), entry.kind(), entry.actor(), included));
        if (included
                && "item.submitted".equals(entry.kind())
                && entry.payload().get("blob") instanceof Map<?, ?> blob) {
            boolean same = sha256.equals(blob.get("sha256"))
                    && sha512.equals(blob.get("sha512"))
                    && Long.valueOf(size).equals(blob.get("size"));
            if (same) {
                return index;
            }
            findings.add(Finding.error(
                    SUBMISSION_MISMATCH, where + "#" + index, "the submission entry records other hashes or size"));
        }
        return null;
    }

    private TimestampInfo timestamp(JsonNode custody, Long submission, String where, List<Finding> findings) {
        JsonNode w = custody.get("timestampedCheckpoint");
        if (w == null || w.isNull()) {
            findings.add(
                    requireTimestamps
                            ? Finding.error(TIMESTAMP_MISSING, where, "no timestamped checkpoint covers the submission")
                            : Finding.warning(
                                    TIMESTAMP_MISSING, where, "no timestamped checkpoint covers the submission"));
            return null;
        }
        long size = w.asLong(-1);
        if (!w.canConvertToExactIntegral() || submission == null || size <= submission || size > checkpointSize) {
            findings.add(Finding.error(
                    FindingCode.TIMESTAMP_INVALID,
                    where,
                    "the timestamped checkpoint does not contain the submission"));
            return null;
        }
        LogEvidence.Checked cp = log.checkpoint(size);
        if (cp.problem() != null) {
            findings.add(cp.problem());
            return null;
        }
        Finding consistency = log.consistency(size, checkpointSize);
        if (consistency != null) {
            findings.add(consistency);
            return null;
        }
        LogEvidence.Stamped s = log.timestamp(size);
        if (s.problem() != null) {
            findings.add(s.problem());
            return null;
        }
        return s.info();
    }
}
