package org.jeli.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.jeli.limits.ConcurrencyLimiter.Permit;
import org.junit.jupiter.api.Test;

class ConcurrencyLimiterTest {
    @Test
    void oneUserPastItsLimitIsRefusedWhileOthersGoOn() {
        ConcurrencyLimiter limiter = new ConcurrencyLimiter("uploads", 2, 10, Duration.ofSeconds(5));
        Permit a1 = limiter.acquire("a");
        Permit a2 = limiter.acquire("a");
        assertThatThrownBy(() -> limiter.acquire("a"))
                .isInstanceOfSatisfying(
                        TooManyRequestsException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(5)));
        limiter.acquire("b").close();
        a1.close();
        a1.close(); // twice releases once
        assertThat(limiter.running("a")).isEqualTo(1);
        limiter.acquire("a").close();
        a2.close();
        assertThat(limiter.running("a")).isZero();
    }

    @Test
    void theServiceWideLimitRefusesEveryoneOnceReached() {
        ConcurrencyLimiter limiter = new ConcurrencyLimiter("uploads", 0, 2, Duration.ofSeconds(1));
        Permit a = limiter.acquire("a");
        Permit b = limiter.acquire("b");
        assertThatThrownBy(() -> limiter.acquire("c")).isInstanceOf(TooManyRequestsException.class);
        b.close();
        limiter.acquire("c").close();
        a.close();
    }

    @Test
    void aRateRefusalAfterTheConcurrencyCheckGivesThePermitBack() {
        RequestLimits limits = new RequestLimits(
                new RequestLimits.Settings(
                        Rate.unlimited(), Rate.unlimited(), new Rate(1, 1), 1, 0, 1, 0, Duration.ofSeconds(5), 100),
                java.time.Clock.systemUTC());
        limits.startUpload(7).close();
        assertThatThrownBy(() -> limits.startUpload(7)).isInstanceOf(TooManyRequestsException.class);
        assertThat(limits.uploadsRunning(7)).isZero();
    }
}
