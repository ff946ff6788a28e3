package org.jeli.access;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Slows and stops password guessing. Per account: {@code accountFailures} failures within the
 * window lock it for the lock duration; per client address: {@code addressFailures} failures
 * refuse the address likewise. Each failure is answered after a {@link ProgressiveDelay}. Counters
 * live in memory (bounded), so each instance counts on its own.
 */
public final class LoginThrottle {
    private final Clock clock;
    private final FailureCounter accounts;
    private final FailureCounter addresses;
    private final ProgressiveDelay delay;

    /** Counts in memory, bounded by {@code limits.trackedKeys()}. */
    public LoginThrottle(Clock clock, Limits limits) {
        this(
                clock,
                limits,
                new FailureWindow(
                        limits.accountFailures(), limits.window(), limits.lockDuration(), limits.trackedKeys()),
                new FailureWindow(
                        limits.addressFailures(), limits.window(), limits.lockDuration(), limits.trackedKeys()));
    }

    /**
     * Counts with the given counters, built with the thresholds of {@code limits} (account and
     * address failures, window, lock duration).
     */
    public LoginThrottle(Clock clock, Limits limits, FailureCounter accounts, FailureCounter addresses) {
        this.clock = clock;
        this.accounts = accounts;
        this.addresses = addresses;
        this.delay = limits.delay();
    }

    /** Whether a login for this account from this address must be refused whatever the password. */
    public boolean refuses(String username, Optional<String> address) {
        var now = clock.instant();
        return accounts.isLocked(username, now)
                || address.map(a -> addresses.isLocked(a, now)).orElse(false);
    }

    /** Counts a failed login; returns how long to wait before answering it. */
    public Duration failed(String username, Optional<String> address) {
        var now = clock.instant();
        int count = accounts.recordFailure(username, now);
        int byAddress = address.map(a -> addresses.recordFailure(a, now)).orElse(0);
        return delay.after(Math.max(count, byAddress));
    }

    /** A successful login clears the account's failures (not the address's). */
    public void succeeded(String username) {
        accounts.reset(username);
    }

    /** The thresholds; see {@code AuthConfig} for their meaning and defaults. */
    public record Limits(
            int accountFailures,
            int addressFailures,
            Duration window,
            Duration lockDuration,
            ProgressiveDelay delay,
            int trackedKeys) {}
}
