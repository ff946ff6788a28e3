/**
 * Users, roles and the access decision. For now: accounts with Argon2id passwords, HTTP Basic, and
 * the bootstrap administrator; collections, memberships and clearances arrive with the access-control
 * issue.
 *
 * <p>Invariants: deny by default; password hashes never leave this slice; unknown and known users
 * cost the same to check. Allowed dependencies: common (adapters in {@code quarkus} and
 * {@code jdbc} sub-packages may use the framework).
 */
package org.jeli.access;
