/**
 * What holds the service together: the launcher and the embedded database, problem responses,
 * security headers, health and configuration checks.
 *
 * <p>Invariants: every error a client sees is an RFC 9457 problem with a stable code and a safe
 * message. Allowed dependencies: every slice; no slice depends on this one.
 */
package org.jeli.platform;
