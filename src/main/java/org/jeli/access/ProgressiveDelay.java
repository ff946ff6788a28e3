package org.jeli.access;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait before answering a failed login: nothing for the first {@code freeFailures},
 * then {@code base}, doubling with each further failure, never more than {@code max}.
 */
public record ProgressiveDelay(int freeFailures, Duration base, Duration max) {
    public ProgressiveDelay {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(max, "max");
        if (freeFailures < 0 || base.isNegative() || max.isNegative()) {
            throw new IllegalArgumentException("delays must not be negative");
        }
    }

    public Duration after(int failures) {
        int doublings = failures - freeFailures - 1;
        if (doublings < 0 || base.isZero()) {
            return Duration.ZERO;
        }
        Duration d = base.multipliedBy(1L << Math.min(doublings, 30));
        return d.compareTo(max) > 0 ? max : d;
    }
}
