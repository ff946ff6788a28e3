package org.jeli.limits;

/**
 * A token-bucket rate: up to {@code burst} requests at once, refilled at {@code perMinute} requests
 * a minute. {@code perMinute == 0} turns the limit off.
 */
public record Rate(int burst, int perMinute) {
    public Rate {
        if (burst < 1) {
            throw new IllegalArgumentException("burst must be at least 1");
        }
        if (perMinute < 0) {
            throw new IllegalArgumentException("perMinute must not be negative");
        }
    }

    public static Rate unlimited() {
        return new Rate(1, 0);
    }

    public boolean enabled() {
        return perMinute > 0;
    }

    /** Nanoseconds for one token to come back. */
    long nanosPerToken() {
        return 60_000_000_000L / perMinute;
    }
}
