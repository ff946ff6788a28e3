package org.jeli.access;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed attempts per key (an account or a client address) in a sliding window: {@code threshold}
 * failures within {@code window} lock the key for {@code lockDuration}. Memory is bounded: beyond
 * {@code capacity} keys the least recently touched is forgotten. Thread-safe.
 */
final class FailureWindow implements FailureCounter {
    private final int threshold;
    private final Duration window;
    private final Duration lockDuration;
    private final Map<String, Entry> entries;

    FailureWindow(int threshold, Duration window, Duration lockDuration, int capacity) {
        if (threshold < 1 || capacity < 1) {
            throw new IllegalArgumentException("threshold and capacity must be positive");
        }
        this.threshold = threshold;
        this.window = window;
        this.lockDuration = lockDuration;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public synchronized boolean isLocked(String key, Instant now) {
        Entry e = entries.get(key);
        return e != null && e.lockedUntil != null && now.isBefore(e.lockedUntil);
    }

    /**
     * Counts a failure and returns how many failures the key now has in the window (the threshold
     * while it is locked). Failures while locked do not extend the lock.
     */
    @Override
    public synchronized int recordFailure(String key, Instant now) {
        Entry e = entries.computeIfAbsent(key, k -> new Entry());
        if (e.lockedUntil != null && now.isBefore(e.lockedUntil)) {
            return threshold;
        }
        e.lockedUntil = null;
        Instant horizon = now.minus(window);
        while (!e.failures.isEmpty() && !e.failures.peekFirst().isAfter(horizon)) {
            e.failures.removeFirst();
        }
        e.failures.addLast(now);
        int count = e.failures.size();
        if (count >= threshold) {
            e.lockedUntil = now.plus(lockDuration);
            e.failures.clear();
        }
        return count;
    }

    @Override
    public synchronized void reset(String key) {
        entries.remove(key);
    }

    synchronized int trackedKeys() {
        return entries.size();
    }

    private static final class Entry {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant lockedUntil;
    }
}
