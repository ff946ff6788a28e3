package org.jeli.storage.s3;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;

/**
 * A lock per storage name shared by every instance, so that of several instances committing the
 * same new content at once exactly one stores its data key and copies its object (otherwise the
 * last key written could belong to another object than the last one copied). It is a file created
 * exclusively ({@code O_EXCL}) in a folder of the key store, which every instance already shares;
 * the holder refreshes it while a long copy runs, and a lock not refreshed for {@link #STALE} (its
 * holder died) is taken over.
 */
final class CommitLock implements AutoCloseable {
    static final Duration STALE = Duration.ofMinutes(15);
    private static final long POLL_MILLIS = 100;

    private final Path file;
    private final Clock clock;

    private CommitLock(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** Waits until the lock of {@code name} under {@code dir} is free, then holds it. */
    static CommitLock acquire(Path dir, String name, Clock clock) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".lock");
        while (true) {
            try {
                Files.createFile(file);
                return new CommitLock(file, clock);
            } catch (FileAlreadyExistsException e) {
                takeOverIfStale(file, clock);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for a commit lock");
            }
        }
    }

    private static void takeOverIfStale(Path file, Clock clock) throws IOException {
        try {
            FileTime touched = Files.getLastModifiedTime(file);
            if (touched.toInstant().plus(STALE).isBefore(clock.instant())) {
                Files.deleteIfExists(file); // its holder died; the next createFile decides who takes it
            }
        } catch (NoSuchFileException e) {
            // released meanwhile
        }
    }

    /** Tells waiting instances that the holder is alive (called between the parts of a long copy). */
    void refresh() {
        try {
            Files.setLastModifiedTime(file, FileTime.from(clock.instant()));
        } catch (IOException e) {
            // a lock that cannot be refreshed only risks being taken over after STALE
        }
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
