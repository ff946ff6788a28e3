package org.jeli.fixity;

import java.io.IOException;
import java.io.InputStream;
import org.jeli.common.Digest;
import org.jeli.storage.BlobStore;
import org.jeli.storage.StagedBlob;

/**
 * Keeps the replica in step with the primary store and repairs the primary from it. Every copy is
 * verified: the bytes are staged (hashed on the way) and committed only when their SHA-256, SHA-512
 * and size are the ones recorded at ingest.
 */
final class ReplicaRepair {
    private final BlobStore primary;
    private final BlobStore replica;

    ReplicaRepair(BlobStore primary, BlobStore replica) {
        this.primary = primary;
        this.replica = replica;
    }

    /** Copies a blob the audit just found intact to the replica, when the replica lacks it. */
    boolean mirror(BlobCheck.Recorded blob) throws IOException {
        Digest sha256 = Digest.parse(blob.sha256());
        if (replica.contains(sha256)) {
            return false;
        }
        return copy(primary, replica, blob, false);
    }

    /** Replaces a damaged blob in the primary store by the replica's verified copy; false when it has none. */
    boolean repair(BlobCheck.Recorded blob) throws IOException {
        if (!replica.contains(Digest.parse(blob.sha256()))) {
            return false;
        }
        return copy(replica, primary, blob, true);
    }

    private static boolean copy(BlobStore from, BlobStore to, BlobCheck.Recorded blob, boolean replace)
            throws IOException {
        Digest sha256 = Digest.parse(blob.sha256());
        try (InputStream in = from.open(sha256, 0, Long.MAX_VALUE);
                StagedBlob staged = to.stage(in, blob.size())) {
            if (!staged.sha256().hex().equals(blob.sha256())
                    || !staged.sha512().hex().equals(blob.sha512())
                    || staged.size() != blob.size()) {
                return false;
            }
            if (replace) {
                to.destroy(sha256);
            }
            staged.commit();
            return true;
        }
    }
}
