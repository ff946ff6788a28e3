package org.jeli.verify.receipt;

import java.util.HexFormat;
import java.util.UUID;
import org.jeli.provenance.checkpoint.Checkpoint;
import org.jeli.provenance.checkpoint.NoteSigner;

/** Receipts signed with fixed test keys, for the pure receipt tests. */
final class Receipts {
    static final String ORIGIN = "jeli.local/log/0a1b2c3d4e5f";
    static final UUID ITEM = UUID.fromString("0b7d5c1e-8f62-4c1a-9d53-2f0e6a3b9c41");
    static final byte[] ROOT = HexFormat.of().parseHex("0a" + "11".repeat(31));

    private Receipts() {}

    static NoteSigner signer() {
        return NoteSigner.fromSeed(ORIGIN, seed(1));
    }

    static NoteSigner otherSigner() {
        return NoteSigner.fromSeed(ORIGIN, seed(2));
    }

    static byte[] seed(int b) {
        byte[] seed = new byte[NoteSigner.SEED_LENGTH];
        java.util.Arrays.fill(seed, (byte) b);
        return seed;
    }

    static String note(long size) {
        return signer().sign(new Checkpoint(ORIGIN, size, ROOT));
    }

    /** A receipt for entry 41 of a checkpoint of size 42 over bytes with this SHA-256. */
    static ReceiptText receipt(String sha256) {
        return ReceiptText.of(ITEM, sha256, 41, note(42), signer().publicKey());
    }
}
