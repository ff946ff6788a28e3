package org.jeli.access;

import java.time.Instant;

/**
 * Failed login attempts per key (an account or a client address) in a sliding window, with a lock
 * once the threshold is reached (port). {@code FailureWindow} keeps them in memory;
 * {@code jdbc.JdbcFailureCounter} in PostgreSQL, shared by every instance.
 */
public interface FailureCounter {
    /** Whether {@code key} is locked at {@code now}. */
    boolean isLocked(String key, Instant now);

    /**
     * Counts a failure and returns how many failures the key now has in the window (the threshold
     * while it is locked); reaching the threshold locks the key. Failures while locked do not
     * extend the lock.
     */
    int recordFailure(String key, Instant now);

    /** Forgets the key's failures and lock. */
    void reset(String key);
}
