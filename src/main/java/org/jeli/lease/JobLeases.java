package org.jeli.lease;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This instance's view of the job leases. A scheduled job asks {@link #holds} before each run, or
 * wraps itself once with {@link #guard}:
 *
 * <pre>
 * scheduler.scheduleWithFixedDelay(leases.guard("upload.expiry", this::expire), 0, 1, MINUTES);
 * </pre>
 *
 * A job is registered by its first question and from then on {@link #renewAll} (called by a timer
 * every renew interval) renews its lease while held, and takes it when it is free or expired. This
 * instance believes it holds a lease until {@code ttl} after the moment it <em>sent</em> the last
 * successful renewal, measured on its monotonic clock; the database counts the same {@code ttl}
 * from when it <em>executed</em> it, so the belief always ends first.
 */
public final class JobLeases {
    private static final Logger LOG = Logger.getLogger(JobLeases.class.getName());

    private final LeaseStore store;
    private final InstanceId instance;
    private final Duration ttl;
    private final LongSupplier nanoTime;
    private final Map<String, Belief> beliefs = new ConcurrentHashMap<>();

    public JobLeases(LeaseStore store, InstanceId instance, Duration ttl, LongSupplier nanoTime) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("a lease's time to live must be positive");
        }
        this.store = store;
        this.instance = instance;
        this.ttl = ttl;
        this.nanoTime = nanoTime;
    }

    /** What this instance last learnt about one lease. */
    private record Belief(boolean held, long deadline) {}

    public InstanceId instance() {
        return instance;
    }

    /** Whether this instance holds {@code job}'s lease now; the first question about a job asks the store at once. */
    public boolean holds(String job) {
        Belief b = beliefs.get(job);
        if (b == null) {
            b = renew(job);
        }
        return b.held() && nanoTime.getAsLong() - b.deadline() < 0;
    }

    /** {@code work} that runs only while this instance holds {@code job}'s lease. */
    public Runnable guard(String job, Runnable work) {
        return () -> {
            if (holds(job)) {
                work.run();
            }
        };
    }

    /** Renews every held lease and tries to take every other registered one; a store failure leaves beliefs to expire. */
    public void renewAll() {
        for (String job : List.copyOf(beliefs.keySet())) {
            renew(job);
        }
    }

    /** Lets every lease this instance holds go (at a clean stop). */
    public void releaseAll() {
        for (var e : beliefs.entrySet()) {
            if (e.getValue().held()) {
                beliefs.put(e.getKey(), new Belief(false, 0));
                try {
                    store.release(e.getKey(), instance.value());
                } catch (RuntimeException ex) {
                    LOG.log(Level.WARNING, "releasing the lease of {0} failed: {1}", new Object[] {
                        e.getKey(), ex.getClass().getSimpleName()
                    });
                }
            }
        }
    }

    /** Every lease the store knows, with its holder. */
    public List<Lease> all() {
        return store.all();
    }

    /** The jobs whose lease this instance believes it holds now. */
    public List<String> held() {
        return beliefs.keySet().stream().filter(this::holds).sorted().toList();
    }

    private Belief renew(String job) {
        long sent = nanoTime.getAsLong();
        Belief previous = beliefs.get(job);
        Belief next;
        try {
            boolean held = store.acquire(job, instance.value(), ttl);
            next = new Belief(held, sent + ttl.toNanos());
            if (held && (previous == null || !previous.held())) {
                LOG.log(Level.INFO, "instance {0} now runs {1}", new Object[] {instance, job});
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "renewing the lease of {0} failed, will retry: {1}", new Object[] {
                job, e.getClass().getSimpleName()
            });
            next = previous != null ? previous : new Belief(false, 0);
        }
        beliefs.put(job, next);
        return next;
    }
}
