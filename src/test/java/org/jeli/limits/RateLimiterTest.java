package org.jeli.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.jeli.access.MutableClock;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2024-01-01T00:00:00Z"));

    @Test
    void aBurstPassesThenTheNextRequestWaitsForOneTokenToComeBack() {
        RateLimiter limiter = new RateLimiter(new Rate(3, 6), clock, 100); // one token every 10 s
        assertThat(limiter.tryAcquire("a")).isEmpty();
        assertThat(limiter.tryAcquire("a")).isEmpty();
        assertThat(limiter.tryAcquire("a")).isEmpty();
        assertThat(limiter.tryAcquire("a")).contains(Duration.ofSeconds(10));
        clock.advance(Duration.ofSeconds(4));
        assertThat(limiter.tryAcquire("a")).contains(Duration.ofSeconds(6));
        clock.advance(Duration.ofSeconds(6));
        assertThat(limiter.tryAcquire("a")).isEmpty();
        assertThat(limiter.tryAcquire("a")).isPresent();
    }

    @Test
    void eachKeyHasItsOwnBucket() {
        RateLimiter limiter = new RateLimiter(new Rate(1, 1), clock, 100);
        assertThat(limiter.tryAcquire("a")).isEmpty();
        assertThat(limiter.tryAcquire("a")).isPresent();
        assertThat(limiter.tryAcquire("b")).isEmpty();
    }

    @Test
    void aLongPauseRefillsNoMoreThanTheBurst() {
        RateLimiter limiter = new RateLimiter(new Rate(2, 60), clock, 100);
        limiter.tryAcquire("a");
        clock.advance(Duration.ofDays(365));
        assertThat(limiter.tryAcquire("a")).isEmpty();
        assertThat(limiter.tryAcquire("a")).isEmpty();
        assertThat(limiter.tryAcquire("a")).contains(Duration.ofSeconds(1));
    }

    @Test
    void aClockThatGoesBackRefillsNothingAndBreaksNothing() {
        RateLimiter limiter = new RateLimiter(new Rate(1, 60), clock, 100);
        limiter.tryAcquire("a");
        clock.advance(Duration.ofSeconds(-30));
        assertThat(limiter.tryAcquire("a")).contains(Duration.ofSeconds(1));
    }

    @Test
    void zeroPerMinuteMeansNoLimit() {
        RateLimiter limiter = new RateLimiter(new Rate(1, 0), clock, 100);
        for (int i = 0; i < 1000; i++) {
            assertThat(limiter.tryAcquire("a")).isEmpty();
        }
    }

    @Test
    void memoryIsBoundedByForgettingTheLeastRecentlySeenKey() {
        RateLimiter limiter = new RateLimiter(new Rate(1, 1), clock, 2);
        limiter.tryAcquire("a");
        limiter.tryAcquire("b");
        limiter.tryAcquire("c"); // forgets a
        assertThat(limiter.tryAcquire("a")).isEmpty();
        assertThat(limiter.tryAcquire("c")).isPresent();
    }

    @Test
    void acquireRefusesWithTheWaitRoundedUpToWholeSeconds() {
        RateLimiter limiter = new RateLimiter(new Rate(1, 7), clock, 10); // 8.57 s a token
        limiter.acquire("a", "slow down");
        assertThatThrownBy(() -> limiter.acquire("a", "slow down"))
                .isInstanceOfSatisfying(
                        TooManyRequestsException.class,
                        e -> assertThat(e.retryAfterSeconds()).isEqualTo(9))
                .hasMessage("slow down");
    }
}
