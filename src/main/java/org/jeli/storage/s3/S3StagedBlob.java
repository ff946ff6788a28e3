package org.jeli.storage.s3;

import java.io.IOException;
import org.jeli.common.Digest;
import org.jeli.storage.StagedBlob;

/**
 * A complete staging object {@code tmp/<random>}, published by a server-side copy to {@code
 * objects/aa/bb/<name>.enc} after its data key is stored durably; the staging object is deleted
 * either way.
 */
final class S3StagedBlob implements StagedBlob {
    /** Many stripes: a commit holds its stripe for a whole server-side copy (seconds for large blobs). */
    private static final int LOCK_STRIPES = 1024;

    private static final Object[] LOCKS = newLocks();

    private final S3StagingWriter.Written written;
    private final S3BlobStore store;
    private final String name;
    private boolean done;

    S3StagedBlob(S3StagingWriter.Written written, S3BlobStore store) {
        this.written = written;
        this.store = store;
        this.name = store.nameOf(written.sha256());
    }

    @Override
    public Digest sha256() {
        return written.sha256();
    }

    @Override
    public Digest sha512() {
        return written.sha512();
    }

    @Override
    public long size() {
        return written.size();
    }

    /**
     * Exactly one of several concurrent commits of the same content reports it as new: within this
     * process through a striped lock, across instances through a {@link CommitLock} in the shared
     * key store (ADR 0015).
     */
    @Override
    public synchronized boolean commit() throws IOException {
        if (done) {
            throw new IllegalStateException("this staged blob was already committed or closed");
        }
        done = true;
        try {
            synchronized (LOCKS[Math.floorMod(name.hashCode(), LOCK_STRIPES)]) {
                if (store.containsName(name)) {
                    return false;
                }
                try (CommitLock lock = store.commitLock(name)) {
                    if (store.containsName(name)) { // another instance published it while we waited
                        return false;
                    }
                    store.keys().put(name, written.dataKey()); // durable before the object can be seen
                    store.copy()
                            .copy(
                                    written.key(),
                                    written.versionId(),
                                    S3BlobStore.objectKey(name),
                                    written.storedSize(),
                                    lock::refresh);
                    return true;
                }
            }
        } finally {
            store.deleteStaging(written.key(), written.versionId());
        }
    }

    @Override
    public synchronized void close() {
        if (!done) {
            done = true;
            store.deleteStaging(written.key(), written.versionId());
        }
    }

    private static Object[] newLocks() {
        Object[] locks = new Object[LOCK_STRIPES];
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
        return locks;
    }
}
