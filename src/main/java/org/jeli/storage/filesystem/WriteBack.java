package org.jeli.storage.filesystem;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Pushes a file's written pages to the device in the background while more bytes arrive, so that
 * the final fsync before acknowledgement only has the tail left to write. At most one flush per
 * file is in flight; a flush that fails is ignored here, because the final {@code force} that the
 * acknowledgement waits for reports any error.
 */
final class WriteBack implements AutoCloseable {
    private static final ExecutorService FLUSHER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "jeli-writeback");
        t.setDaemon(true);
        return t;
    });

    private final FileChannel channel;
    private Future<?> inFlight;

    WriteBack(FileChannel channel) {
        this.channel = channel;
    }

    /** Starts a background flush unless one is still running. */
    void nudge() {
        if (inFlight != null && !inFlight.isDone()) {
            return;
        }
        inFlight = FLUSHER.submit(() -> {
            try {
                channel.force(false);
            } catch (IOException ignored) {
                // the final force reports it
            }
        });
    }

    /** Waits for a flush in flight, so the channel is never closed under it. */
    @Override
    public void close() {
        if (inFlight == null) {
            return;
        }
        try {
            inFlight.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException ignored) {
            // nothing to report: see the class comment
        }
    }
}
