package org.jeli.lease;

import java.time.Instant;
import java.util.Objects;

/**
 * The state of one job's lease as the database knows it: who holds (or last held) it, since when,
 * when it was last renewed and when it expires; {@code held} is whether it had not yet expired by
 * the database's clock when read.
 */
public record Lease(String job, String holder, Instant acquiredAt, Instant renewedAt, Instant expiresAt, boolean held) {
    public Lease {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(acquiredAt, "acquiredAt");
        Objects.requireNonNull(renewedAt, "renewedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
