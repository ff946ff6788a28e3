package org.jeli.metadata.process;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;

/**
 * A fixed number of parse-worker processes. A request borrows an idle worker (starting one when
 * none is idle: the first request, or the first after a worker was killed), and gives it back only
 * if it answered. A worker that hung, crashed or ran out of memory is discarded, so the next
 * request gets a fresh one: the pool keeps serving whatever one file did. Thread-safe.
 */
final class ChildPool implements AutoCloseable {

    private final ChildCommand command;
    private final Duration startLimit;
    private final ScheduledExecutorService watchdog;
    private final Semaphore permits;
    private final ConcurrentLinkedDeque<ParseChild> idle = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;
    private volatile String version;

    ChildPool(ChildCommand command, int size, Duration startLimit, ScheduledExecutorService watchdog) {
        if (size < 1) {
            throw new IllegalArgumentException("a pool needs at least one process");
        }
        this.command = Objects.requireNonNull(command, "command");
        this.startLimit = Objects.requireNonNull(startLimit, "startLimit");
        this.watchdog = Objects.requireNonNull(watchdog, "watchdog");
        this.permits = new Semaphore(size, true);
    }

    /**
     * Runs {@code request} on a worker within {@code limit} (waiting for a free worker is not
     * counted). Throws only when no worker can be started: a broken environment, not a bad file.
     */
    ChildReply run(ParseRequest request, Duration limit) throws IOException, InterruptedException {
        permits.acquire();
        ParseChild child = null;
        try {
            if (closed) {
                throw new IOException("parse worker pool is closed");
            }
            child = idle.pollFirst();
            while (child != null && !child.isAlive()) {
                child.destroy();
                child = idle.pollFirst();
            }
            if (child == null) {
                child = ParseChild.start(command, startLimit, watchdog);
                version = child.version();
            }
            ChildReply reply = child.call(request, limit);
            if (reply.reusable() && !closed) {
                idle.offerFirst(child);
                child = null;
            }
            return reply;
        } finally {
            if (child != null) {
                child.destroy();
            }
            permits.release();
        }
    }

    /** The parser version the last started worker reported, or {@code null} before the first. */
    String version() {
        return version;
    }

    /** Ends every idle worker; workers busy now are ended when their request returns. */
    @Override
    public void close() {
        closed = true;
        List<ParseChild> all = new ArrayList<>();
        ParseChild c;
        while ((c = idle.pollFirst()) != null) {
            all.add(c);
        }
        all.forEach(ParseChild::destroy);
    }
}
