/**
 * Request limits: keyed token buckets ({@link RateLimiter}) and concurrency limits ({@link
 * ConcurrencyLimiter}) that answer {@code 429 too-many-requests} with {@code Retry-After}, and the
 * {@link RequestLimits} the API applies to logins, token use, uploads and imports.
 *
 * <p>Invariants: pure Java (an injected {@link java.time.Clock}, no framework, no I/O); memory is
 * bounded whatever the number of keys; a refused request consumes nothing. Allowed dependencies:
 * common (the adapter in {@code quarkus} may use the framework).
 */
package org.jeli.limits;
