package org.jeli.storage.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commits of the same content from several instances take turns through a file in the shared key store. */
class CommitLockTest {
    private static final String NAME = "ab".repeat(32);

    @TempDir
    Path dir;

    @Test
    void aSecondInstanceWaitsUntilTheFirstReleasesTheName() throws Exception {
        Clock clock = Clock.systemUTC();
        List<String> events = new CopyOnWriteArrayList<>();
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<?> second;
            try (CommitLock first = CommitLock.acquire(dir, NAME, clock)) {
                events.add("first holds");
                second = other.submit(() -> {
                    try (CommitLock lock = CommitLock.acquire(dir, NAME, clock)) {
                        events.add("second holds");
                    }
                    return null;
                });
                first.refresh();
                events.add("first releases");
            }
            second.get();
            assertThat(events).containsExactly("first holds", "first releases", "second holds");
            assertThat(dir.resolve(NAME + ".lock")).doesNotExist();
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void aLockLeftByADeadInstanceIsTakenOverOnceStale() throws Exception {
        Instant now = Instant.parse("2025-03-01T10:00:00Z");
        Files.createDirectories(dir);
        Path left = Files.createFile(dir.resolve(NAME + ".lock"));
        Files.setLastModifiedTime(
                left, FileTime.from(now.minus(CommitLock.STALE).minusSeconds(1)));

        try (CommitLock lock = CommitLock.acquire(dir, NAME, Clock.fixed(now, ZoneOffset.UTC))) {
            assertThat(left).exists();
        }
        assertThat(left).doesNotExist();
    }
}
