package org.jeli.provenance;

import java.time.Instant;

/** A signed checkpoint as kept: the tree size, its root, the full signed note and the signing key. */
public record StoredCheckpoint(long size, byte[] rootHash, String note, String keyId, Instant createdAt) {
    public StoredCheckpoint {
        rootHash = rootHash.clone();
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }
}
