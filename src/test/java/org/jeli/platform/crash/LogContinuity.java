package org.jeli.platform.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.TreeMap;
import org.jeli.provenance.checkpoint.CheckpointVerification;
import org.jeli.provenance.checkpoint.NoteVerifier;
import org.jeli.provenance.merkle.MerkleHash;
import org.jeli.provenance.merkle.ProofVerifier;
import org.jeli.provenance.merkle.VerificationResult;

/**
 * The log after a restart, checked from outside with the pure verifier classes: the self-audit
 * passes; a fresh signed checkpoint verifies; entries {@code 0..size-1} are all readable, each
 * entry's leaf hash is its bytes' and the tree over them has the checkpoint's root (no gap, nothing
 * rewritten); the previous round's checkpoint is a prefix of this one (no fork).
 */
final class LogContinuity {
    private static final Base64.Decoder B64 = Base64.getDecoder();
    private long previousSize = -1;
    private byte[] previousRoot;

    /** Returns the checkpoint's tree size. */
    long check(JeliHttp http) throws IOException {
        JsonNode audit = http.json(
                http.as("admin", "/api/log/audit")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                200);
        assertThat(audit.get("passed").asBoolean()).as("self-audit: %s", audit).isTrue();

        JsonNode cp = http.json(
                http.as("admin", "/api/log/checkpoints")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                200);
        List<String> keys = new ArrayList<>();
        http.json(http.as("admin", "/api/log/keys").build(), 200)
                .get("keys")
                .forEach(k -> keys.add(k.get("verifierKey").asText()));
        CheckpointVerification signed = NoteVerifier.fromVerifierKeys(keys)
                .verifyCheckpoint(cp.get("note").asText(), null);
        assertThat(signed.isValid()).as("checkpoint signature: %s", signed).isTrue();
        long size = signed.checkpoint().size();
        byte[] root = signed.checkpoint().rootHash();
        assertThat(size).isGreaterThanOrEqualTo(cp.get("size").asLong());

        List<byte[]> leaves = leaves(http, size);
        assertThat(mth(leaves, 0, leaves.size()))
                .as("root over entries 0..%d", size - 1)
                .isEqualTo(root);
        if (previousSize >= 0) {
            JsonNode proof = http.json(
                    http.as("admin", "/api/log/proof/consistency?first=" + previousSize + "&second=" + size)
                            .build(),
                    200);
            List<byte[]> hashes = new ArrayList<>();
            proof.get("proof").forEach(h -> hashes.add(B64.decode(h.asText())));
            VerificationResult r = ProofVerifier.verifyConsistency(previousSize, size, previousRoot, root, hashes);
            assertThat(r.valid())
                    .as("consistency %d -> %d: %s", previousSize, size, r.message())
                    .isTrue();
        }
        previousSize = size;
        previousRoot = root;
        return size;
    }

    /**
     * Leaf hashes of entries 0..size-1, read as the administrator (log, user, collection entries)
     * and as the investigator (the collection's item entries): together they must cover every index.
     */
    private static List<byte[]> leaves(JeliHttp http, long size) throws IOException {
        TreeMap<Long, byte[]> byIndex = new TreeMap<>();
        for (String reader : new String[] {"admin", "investigator-1"}) {
            for (long start = 0; start < size; start += 1000) {
                long end = Math.min(size, start + 1000);
                JsonNode page = http.json(
                        http.as(reader, "/api/log/entries?start=" + start + "&end=" + end)
                                .build(),
                        200);
                for (JsonNode e : page.get("entries")) {
                    byte[] leaf = B64.decode(e.get("leafHash").asText());
                    assertThat(leaf)
                            .as("leaf hash of entry %d", e.get("index").asLong())
                            .isEqualTo(MerkleHash.leafHash(
                                    B64.decode(e.get("bytes").asText())));
                    byIndex.put(e.get("index").asLong(), leaf);
                }
            }
        }
        assertThat(byIndex.keySet()).as("entries 0..%d, no gap", size - 1).hasSize((int) size);
        assertThat(byIndex.firstKey()).isZero();
        assertThat(byIndex.lastKey()).isEqualTo(size - 1);
        return new ArrayList<>(byIndex.values());
    }

    /** RFC 9162 section 2.1.1, written straight from the definition. */
    private static byte[] mth(List<byte[]> leaves, int from, int to) {
        int n = to - from;
        if (n == 0) {
            return MerkleHash.emptyRoot();
        }
        if (n == 1) {
            return Arrays.copyOf(leaves.get(from), leaves.get(from).length);
        }
        int k = Integer.highestOneBit(n - 1);
        return MerkleHash.nodeHash(mth(leaves, from, from + k), mth(leaves, from + k, to));
    }
}
