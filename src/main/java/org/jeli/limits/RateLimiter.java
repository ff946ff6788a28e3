package org.jeli.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One token bucket per key (a user, a client address), on an injected clock. At most {@code
 * trackedKeys} buckets are kept; the least recently used is forgotten first (a forgotten key starts
 * again with a full bucket, which only ever errs on the side of letting a request through).
 */
public final class RateLimiter {
    private final Rate rate;
    private final Clock clock;
    private final Map<String, Bucket> buckets;

    public RateLimiter(Rate rate, Clock clock, int trackedKeys) {
        if (trackedKeys < 1) {
            throw new IllegalArgumentException("trackedKeys must be at least 1");
        }
        this.rate = rate;
        this.clock = clock;
        this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > trackedKeys;
            }
        };
    }

    /**
     * Takes one token from the key's bucket. Returns empty when the request may go ahead, otherwise
     * how long until a token is back (nothing is taken then).
     */
    public Optional<Duration> tryAcquire(String key) {
        if (!rate.enabled()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        long perToken = rate.nanosPerToken();
        long capacity = perToken * rate.burst();
        synchronized (buckets) {
            Bucket b = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
            long elapsed = Math.max(0, Duration.between(b.at, now).toNanos());
            b.nanos = Math.min(capacity, saturatedAdd(b.nanos, elapsed));
            b.at = now;
            if (b.nanos >= perToken) {
                b.nanos -= perToken;
                return Optional.empty();
            }
            return Optional.of(Duration.ofNanos(perToken - b.nanos));
        }
    }

    /** Like {@link #tryAcquire(String)}, but refuses with {@link TooManyRequestsException}. */
    public void acquire(String key, String what) {
        tryAcquire(key).ifPresent(wait -> {
            throw new TooManyRequestsException(what, wait);
        });
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }

    /** The bucket's content, kept as the nanoseconds of refill it holds (one token = one period). */
    private static final class Bucket {
        long nanos;
        Instant at;

        Bucket(long nanos, Instant at) {
            this.nanos = nanos;
            this.at = at;
        }
    }
}
