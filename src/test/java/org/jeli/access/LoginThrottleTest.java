package org.jeli.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private static final Optional<String> HOME = Optional.of("192.0.2.1");
    private static final Optional<String> CAFE = Optional.of("198.51.100.7");

    private final MutableClock clock = new MutableClock(Instant.parse("2024-03-01T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(
            clock,
            new LoginThrottle.Limits(
                    5,
                    20,
                    Duration.ofMinutes(15),
                    Duration.ofMinutes(15),
                    new ProgressiveDelay(2, Duration.ofSeconds(1), Duration.ofSeconds(10)),
                    1000));

    @Test
    void fiveFailuresWithinTheWindowLockTheAccountForTheLockDuration() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("amina", HOME);
            assertThat(throttle.refuses("amina", HOME)).isFalse();
        }
        throttle.failed("amina", HOME);
        assertThat(throttle.refuses("amina", HOME)).isTrue();
        assertThat(throttle.refuses("amina", CAFE))
                .as("the account, not the address")
                .isTrue();
        assertThat(throttle.refuses("moussa", HOME)).isFalse();
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(throttle.refuses("amina", HOME)).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.refuses("amina", HOME)).isFalse();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("amina", HOME);
        }
        clock.advance(Duration.ofMinutes(15));
        throttle.failed("amina", HOME);
        assertThat(throttle.refuses("amina", HOME)).isFalse();
    }

    @Test
    void failuresWhileLockedDoNotExtendTheLock() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("amina", HOME);
        }
        clock.advance(Duration.ofMinutes(10));
        throttle.failed("amina", HOME);
        clock.advance(Duration.ofMinutes(5));
        assertThat(throttle.refuses("amina", HOME)).isFalse();
    }

    @Test
    void aSuccessResetsTheAccountCounter() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("amina", HOME);
        }
        throttle.succeeded("amina");
        for (int i = 0; i < 4; i++) {
            throttle.failed("amina", HOME);
        }
        assertThat(throttle.refuses("amina", HOME)).isFalse();
    }

    @Test
    void twentyFailuresFromOneAddressRefuseThatAddressForEveryAccount() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("guess-" + i, CAFE);
        }
        assertThat(throttle.refuses("amina", CAFE)).isTrue();
        assertThat(throttle.refuses("amina", HOME)).isFalse();
        assertThat(throttle.refuses("amina", Optional.empty())).isFalse();
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.refuses("amina", CAFE)).isFalse();
    }

    @Test
    void theDelayGrowsWithFailuresOfTheAccountOrTheAddressWhicheverHasMore() {
        Optional<String> none = Optional.empty();
        assertThat(throttle.failed("amina", none)).isZero();
        assertThat(throttle.failed("amina", none)).isZero();
        assertThat(throttle.failed("amina", none)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.failed("amina", none)).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.failed("amina", none)).isEqualTo(Duration.ofSeconds(4));
        assertThat(throttle.failed("amina", none))
                .as("locked: counts as the threshold")
                .isEqualTo(Duration.ofSeconds(4));
        for (int i = 0; i < 6; i++) {
            throttle.failed("guess-" + i, CAFE);
        }
        assertThat(throttle.failed("moussa", CAFE))
                .as("seventh failure from the address")
                .isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void progressiveDelayDoublesUpToItsCap() {
        ProgressiveDelay d = new ProgressiveDelay(2, Duration.ofSeconds(1), Duration.ofSeconds(10));
        assertThat(d.after(0)).isZero();
        assertThat(d.after(2)).isZero();
        assertThat(d.after(3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(d.after(6)).isEqualTo(Duration.ofSeconds(8));
        assertThat(d.after(7)).isEqualTo(Duration.ofSeconds(10));
        assertThat(d.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(10));
        assertThat(new ProgressiveDelay(0, Duration.ZERO, Duration.ZERO).after(9))
                .isZero();
    }

    @Test
    void memoryIsBounded() {
        FailureWindow w = new FailureWindow(5, Duration.ofMinutes(15), Duration.ofMinutes(15), 100);
        for (int i = 0; i < 10_000; i++) {
            w.recordFailure("key-" + i, clock.instant());
        }
        assertThat(w.trackedKeys()).isEqualTo(100);
    }
}
