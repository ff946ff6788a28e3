package org.jeli.lease;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The lease of a scheduled job in the real PostgreSQL: one holder at a time, renewal by the holder
 * only, hand-over once the holder stopped renewing and the lease expired (a time to live of one
 * microsecond expires before the next statement), and at once after a release.
 */
@QuarkusTest
class JdbcLeaseStoreTest {
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration EXPIRED_AT_ONCE = Duration.ofNanos(1000);

    @Inject
    LeaseStore store;

    private static String job() {
        Random r = new Random();
        StringBuilder b = new StringBuilder("test.");
        for (int i = 0; i < 12; i++) {
            b.append((char) ('a' + r.nextInt(26)));
        }
        return b.toString();
    }

    private Lease lease(String job) {
        return store.all().stream().filter(l -> l.job().equals(job)).findFirst().orElseThrow();
    }

    @Test
    void aSecondInstanceIsRefusedWhileTheFirstHoldsTheLease() {
        String job = job();
        assertThat(store.acquire(job, "instance-a", HOUR)).isTrue();
        assertThat(store.acquire(job, "instance-b", HOUR)).isFalse();
        assertThat(lease(job).holder()).isEqualTo("instance-a");
        assertThat(lease(job).held()).isTrue();
    }

    @Test
    void theHolderRenewsItsLeaseAndKeepsItsStart() {
        String job = job();
        store.acquire(job, "instance-a", HOUR);
        Lease first = lease(job);
        assertThat(store.acquire(job, "instance-a", HOUR.multipliedBy(2))).isTrue();
        Lease renewed = lease(job);
        assertThat(renewed.expiresAt()).isAfter(first.expiresAt());
        assertThat(renewed.renewedAt()).isAfter(first.renewedAt());
        assertThat(renewed.acquiredAt()).isEqualTo(first.acquiredAt());
        assertThat(store.acquire(job, "instance-b", HOUR)).isFalse();
    }

    @Test
    void anExpiredLeaseGoesToTheNextInstanceAndTheOldHolderCannotRenewIt() {
        String job = job();
        assertThat(store.acquire(job, "instance-a", EXPIRED_AT_ONCE)).isTrue();
        assertThat(store.acquire(job, "instance-b", HOUR)).isTrue();
        assertThat(lease(job).holder()).isEqualTo("instance-b");
        assertThat(store.acquire(job, "instance-a", HOUR)).isFalse();
    }

    @Test
    void aReleasedLeaseIsTakenAtOnceAndOnlyItsHolderCanReleaseIt() {
        String job = job();
        store.acquire(job, "instance-a", HOUR);
        store.release(job, "instance-b");
        assertThat(store.acquire(job, "instance-b", HOUR)).isFalse();
        store.release(job, "instance-a");
        assertThat(lease(job).held()).isFalse();
        assertThat(store.acquire(job, "instance-b", HOUR)).isTrue();
    }

    @Test
    void anInstanceStopsBelievingItHoldsTheLeaseBeforeTheDatabaseWouldHandItOver() {
        String job = job();
        AtomicLong nanos = new AtomicLong();
        JobLeases a = new JobLeases(store, new InstanceId("a/1"), HOUR, nanos::get);
        JobLeases b = new JobLeases(store, new InstanceId("b/2"), HOUR, nanos::get);
        assertThat(a.holds(job)).isTrue();
        assertThat(b.holds(job)).isFalse();
        nanos.addAndGet(HOUR.toNanos() - 1);
        assertThat(a.holds(job)).isTrue();
        nanos.addAndGet(1);
        assertThat(a.holds(job)).as("a's belief ends with its own time to live").isFalse();
        assertThat(lease(job).held())
                .as("while the database still counts from its later clock")
                .isTrue();
        a.renewAll();
        assertThat(a.holds(job)).as("renewed").isTrue();
        assertThat(a.held()).containsExactly(job);
    }

    @Test
    void whenTheHolderStopsRenewingTheOtherInstanceTakesOverAtItsNextRenewal() {
        String job = job();
        AtomicLong nanos = new AtomicLong();
        JobLeases dying = new JobLeases(store, new InstanceId("dying/1"), EXPIRED_AT_ONCE, nanos::get);
        JobLeases survivor = new JobLeases(store, new InstanceId("survivor/2"), HOUR, nanos::get);
        Runnable[] ran = {null};
        assertThat(dying.holds(job)).isTrue();
        survivor.guard(job, () -> ran[0] = () -> {}).run();
        assertThat(ran[0]).as("the guarded job ran on the new holder").isNotNull();
        assertThat(survivor.held()).containsExactly(job);
        dying.renewAll();
        assertThat(dying.holds(job)).isFalse();
        survivor.releaseAll();
        assertThat(lease(job).held()).isFalse();
    }
}
