package org.jeli.limits;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * At most {@code perKey} requests of one key (a user) and {@code total} requests overall at the
 * same time. A request that would go past either is refused at once, never queued: a worker thread
 * is never parked waiting for a permit. A value of 0 turns that bound off.
 */
public final class ConcurrencyLimiter {
    private final int perKey;
    private final int total;
    private final Duration retryAfter;
    private final String what;
    private final Map<String, Integer> running = new HashMap<>();
    private int all;

    public ConcurrencyLimiter(String what, int perKey, int total, Duration retryAfter) {
        if (perKey < 0 || total < 0) {
            throw new IllegalArgumentException("limits must not be negative");
        }
        this.what = what;
        this.perKey = perKey;
        this.total = total;
        this.retryAfter = retryAfter;
    }

    /**
     * Takes a permit for the key; close it when the request ends (try-with-resources).
     *
     * @throws TooManyRequestsException when the key or the whole service is at its limit
     */
    public Permit acquire(String key) {
        synchronized (running) {
            int mine = running.getOrDefault(key, 0);
            if (perKey > 0 && mine >= perKey) {
                throw new TooManyRequestsException(
                        "at most " + perKey + " " + what + " at a time per user", retryAfter);
            }
            if (total > 0 && all >= total) {
                throw new TooManyRequestsException("the archive is busy with other " + what, retryAfter);
            }
            running.put(key, mine + 1);
            all++;
        }
        return new Permit(this, key);
    }

    /** Requests of this key running now. */
    public int running(String key) {
        synchronized (running) {
            return running.getOrDefault(key, 0);
        }
    }

    private void release(String key) {
        synchronized (running) {
            int mine = running.getOrDefault(key, 0);
            if (mine <= 1) {
                running.remove(key);
            } else {
                running.put(key, mine - 1);
            }
            all--;
        }
    }

    /** A running request's place; closing it twice releases once. */
    public static final class Permit implements AutoCloseable {
        private final ConcurrencyLimiter owner;
        private final String key;
        private boolean closed;

        private Permit(ConcurrencyLimiter owner, String key) {
            this.owner = owner;
            this.key = key;
        }

        /** A permit that holds nothing, for requests no limit applies to. */
        public static Permit none() {
            return new Permit(null, null);
        }

        @Override
        public synchronized void close() {
            if (!closed && owner != null) {
                owner.release(key);
            }
            closed = true;
        }
    }
}
