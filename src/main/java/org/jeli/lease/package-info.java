/**
 * Leases for scheduled jobs when several Jeli instances share one PostgreSQL: a job (checkpointing,
 * timestamping, the log self-audit, the fixity audit, upload expiry, ...) runs on the instance that
 * holds its lease, and moves to another instance when the holder stops renewing (it died, or lost
 * the database) and the lease has expired (ADR 0016).
 *
 * <p>Invariants: a lease is taken or renewed only by one conditional statement evaluated with the
 * database's clock ({@link org.jeli.lease.LeaseStore}); an instance believes it holds a lease only
 * until its own monotonic deadline, which always ends before the database's expiry, so two
 * instances never both believe they hold it while their clocks run at the same rate. The jobs stay
 * safe against a concurrent run by themselves (database locks); the lease keeps them on one
 * instance in normal operation. Allowed dependencies: common (adapters in {@code jdbc},
 * {@code quarkus} and {@code web} sub-packages may use the framework).
 */
package org.jeli.lease;
