package org.jeli.storage.filesystem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jeli.common.Digest;
import org.jeli.storage.StagedBlob;

/**
 * A fsynced file in {@code tmp/}, published by an atomic rename into {@code objects/}; when it is
 * encrypted, its data key is stored durably first.
 */
final class FileSystemStagedBlob implements StagedBlob {
    private static final int LOCK_STRIPES = 64;
    private static final Object[] LOCKS = newLocks();

    private final StagingWriter.Written written;
    private final BlobNames names;
    private final DataKeys keys;
    private final String name;
    private boolean done;

    /** @param keys the key store; {@code null} only when {@code written} is plaintext */
    FileSystemStagedBlob(StagingWriter.Written written, BlobNames names, DataKeys keys) {
        if (written.dataKey() != null && keys == null) {
            throw new IllegalArgumentException("an encrypted blob needs a key store");
        }
        this.written = written;
        this.names = names;
        this.keys = keys;
        this.name = names.nameOf(written.sha256());
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

    @Override
    public synchronized boolean commit() throws IOException {
        if (done) {
            throw new IllegalStateException("this staged blob was already committed or closed");
        }
        done = true;
        try {
            return publish();
        } catch (IOException e) {
            StagingWriter.deleteQuietly(written.file(), e);
            throw DiskFull.translate(e);
        } catch (RuntimeException | Error e) {
            StagingWriter.deleteQuietly(written.file(), e);
            throw e;
        }
    }

    /**
     * Renames the staged file to its content address unless identical content is already there.
     * The check and the rename run under a lock per name so that, within this process, exactly one
     * of several concurrent commits of the same content reports it as new.
     */
    private boolean publish() throws IOException {
        Path dir = names.plainPathOf(name).getParent();
        Durable.createDirectories(dir);
        boolean isNew = renameUnlessPresent();
        // also when not new: a concurrent commit may have renamed but not yet fsynced
        Durable.fsyncDirectory(dir);
        return isNew;
    }

    private boolean renameUnlessPresent() throws IOException {
        synchronized (lockOf(name)) {
            Path encrypted = names.encryptedPathOf(name);
            if (Files.exists(encrypted) || Files.exists(names.plainPathOf(name))) {
                Files.delete(written.file());
                return false;
            }
            if (written.dataKey() == null) {
                Files.move(written.file(), names.plainPathOf(name), StandardCopyOption.ATOMIC_MOVE);
            } else {
                keys.put(name, written.dataKey()); // durable before the blob can be seen
                Files.move(written.file(), encrypted, StandardCopyOption.ATOMIC_MOVE);
            }
            return true;
        }
    }

    /** The lock under which objects of this storage name are published or replaced in this process. */
    static Object lockOf(String name) {
        return LOCKS[Math.floorMod(name.hashCode(), LOCK_STRIPES)];
    }

    @Override
    public synchronized void close() {
        if (!done) {
            done = true;
            try {
                Files.deleteIfExists(written.file());
            } catch (IOException e) {
                // a leftover in tmp/ is removed at the next start; close must not throw
            }
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
