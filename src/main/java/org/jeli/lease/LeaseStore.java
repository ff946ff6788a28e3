package org.jeli.lease;

import java.time.Duration;
import java.util.List;

/**
 * Where leases live, shared by every instance (port; {@code jdbc.JdbcLeaseStore} keeps them in
 * PostgreSQL). Time is the store's own clock, never an instance's. Failures to reach the store are
 * exceptions.
 */
public interface LeaseStore {
    /**
     * Takes the lease of {@code job} for {@code holder} if it is free, expired or already held by
     * {@code holder} (then it is renewed), for {@code ttl} from now; in one atomic step.
     *
     * @return whether {@code holder} holds the lease now
     */
    boolean acquire(String job, String holder, Duration ttl);

    /** Lets the lease go at once if {@code holder} holds it (a clean stop), so another takes over without waiting. */
    void release(String job, String holder);

    /** Every job's lease, by job name. */
    List<Lease> all();
}
