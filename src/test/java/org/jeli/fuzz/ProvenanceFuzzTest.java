package org.jeli.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jeli.provenance.checkpoint.Checkpoint;
import org.jeli.provenance.checkpoint.NoteSigner;
import org.jeli.provenance.checkpoint.NoteVerifier;
import org.jeli.provenance.entry.EntryCodec;
import org.jeli.provenance.entry.LogEntry;
import org.jeli.provenance.entry.MalformedEntryException;
import org.jeli.provenance.merkle.MerkleHash;
import org.jeli.provenance.merkle.ProofVerifier;
import org.jeli.provenance.merkle.VerificationResult;
import org.junit.jupiter.api.Test;

/**
 * Random inputs to the parts that read what others hand us: the entry codec (only {@link
 * MalformedEntryException}), the checkpoint parser (only {@link IllegalArgumentException}), the
 * signed-note verifier and the proof verifier (never an exception: a result). None may hang.
 */
class ProvenanceFuzzTest {

    private static final Duration HANG = Duration.ofSeconds(20);
    private static final byte[] SEED_KEY =
            HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

    @Test
    void entryCodecOnlyReportsMalformedEntries() {
        Mutator.announce("entry codec");
        Mutator m = new Mutator(Mutator.SEED + 3);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("sha256", "sha256:" + "ab".repeat(32));
        payload.put("size", 1234L);
        payload.put("claims", Map.of("title", "Témoignage", "place", "Boni"));
        payload.put("tags", List.of("a", "b"));
        byte[] valid = EntryCodec.encode(new LogEntry(
                1,
                "item.submitted",
                Instant.parse("2026-11-28T11:56:05.123Z"),
                "user:42",
                "item:1",
                payload,
                new byte[32]));
        for (int i = 0; i < Mutator.CASES; i++) {
            byte[] input = i % 10 == 0 ? m.randomBytes(512) : m.mutate(valid);
            assertTimeoutPreemptively(HANG, () -> {
                try {
                    LogEntry decoded = EntryCodec.decode(input);
                    assertThat(EntryCodec.encode(decoded))
                            .as("accepted bytes are canonical")
                            .isEqualTo(input);
                } catch (MalformedEntryException expected) {
                    // the documented answer
                }
            });
        }
    }

    @Test
    void checkpointParserAndNoteVerifierOnlyRefuse() {
        Mutator.announce("checkpoint and signed note");
        Mutator m = new Mutator(Mutator.SEED + 4);
        NoteSigner signer = NoteSigner.fromSeed("jeli.example/log", SEED_KEY);
        NoteVerifier verifier = NoteVerifier.fromVerifierKey(signer.verifierKey());
        String note = signer.sign(new Checkpoint("jeli.example/log", 42, MerkleHash.emptyRoot()));
        byte[] valid = note.getBytes(StandardCharsets.UTF_8);
        byte[] body = note.substring(0, note.indexOf("\n\n") + 1).getBytes(StandardCharsets.UTF_8);
        assertThat(verifier.verify(valid).isValid()).isTrue();
        for (int i = 0; i < Mutator.CASES; i++) {
            byte[] input = i % 10 == 0 ? m.randomBytes(512) : m.mutate(valid);
            byte[] text = m.mutate(body);
            assertTimeoutPreemptively(HANG, () -> {
                verifier.verify(input); // never throws: a status
                try {
                    Checkpoint.parseBody(new String(text, StandardCharsets.UTF_8));
                } catch (IllegalArgumentException expected) {
                    // the documented answer
                }
            });
        }
    }

    @Test
    void proofVerifierAnswersEveryRandomProofWithAResult() {
        Mutator.announce("proof verifier");
        Mutator m = new Mutator(Mutator.SEED + 5);
        for (int i = 0; i < Mutator.CASES; i++) {
            long size1 = size(m);
            long size2 = size(m);
            long index = m.nextInt(4) == 0 ? m.nextLong() : Math.floorMod(m.nextLong(), Math.max(1, size2));
            List<byte[]> proof = new ArrayList<>();
            int n = m.nextInt(70);
            for (int j = 0; j < n; j++) {
                proof.add(m.nextInt(20) == 0 ? null : m.nextInt(10) == 0 ? m.randomBytes(40) : hash(m));
            }
            byte[] leaf = m.nextInt(20) == 0 ? m.randomBytes(40) : hash(m);
            assertTimeoutPreemptively(HANG, () -> {
                VerificationResult inclusion = ProofVerifier.verifyInclusion(leaf, index, size2, proof, hash(m));
                VerificationResult consistency = ProofVerifier.verifyConsistency(size1, size2, hash(m), hash(m), proof);
                assertThat(inclusion).isNotNull();
                assertThat(consistency).isNotNull();
            });
        }
    }

    private static long size(Mutator m) {
        return switch (m.nextInt(4)) {
            case 0 -> m.nextLong();
            case 1 -> m.nextInt(70);
            case 2 -> Long.MAX_VALUE - m.nextInt(3);
            default -> Math.abs(m.nextLong() >>> m.nextInt(63));
        };
    }

    private static byte[] hash(Mutator m) {
        byte[] h = new byte[32];
        for (int i = 0; i < h.length; i++) {
            h[i] = (byte) m.nextInt(256);
        }
        return h;
    }
}
