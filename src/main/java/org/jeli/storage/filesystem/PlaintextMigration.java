package org.jeli.storage.filesystem;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * {@code jeli encrypt-blobs}: encrypts, one by one, the blobs a store holds in plaintext from before
 * encryption was turned on. Run on a stopped archive. Resumable and idempotent: each blob is
 * replaced only after its encrypted copy and data key are durable and the copy decrypted to the
 * expected hash, so an interrupted run loses nothing and the next run continues where it stopped.
 */
public final class PlaintextMigration {
    private PlaintextMigration() {}

    /** Counts of one run. */
    public record Report(long encrypted, long finished, long damaged) {}

    public static Report run(Path root, byte[] nameKey, Encryption encryption, PrintStream progress)
            throws IOException {
        FileSystemBlobStore store = new FileSystemBlobStore(root, nameKey, Tuning.DEFAULT, encryption);
        long encrypted = 0;
        long finished = 0;
        long damaged = 0;
        try (Stream<Path> objects = store.plaintextObjects()) {
            for (Path object : (Iterable<Path>) objects::iterator) {
                switch (store.encryptInPlace(object)) {
                    case ENCRYPTED -> encrypted++;
                    case FINISHED -> finished++;
                    case DAMAGED -> {
                        damaged++;
                        progress.println("left in plaintext, its bytes do not match its name (damaged): " + object);
                    }
                }
                long done = encrypted + finished + damaged;
                if (done % 100 == 0) {
                    progress.println("  " + done + " blobs checked");
                }
            }
        }
        return new Report(encrypted, finished, damaged);
    }
}
