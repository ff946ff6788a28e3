/**
 * Users, roles and the access decision: accounts with Argon2id passwords, collections, memberships
 * and clearances, the administration services the API and the pages share ({@link
 * org.jeli.access.UserAdministration}, {@link org.jeli.access.CollectionAdministration}), and the
 * mapping of OpenID Connect logins to accounts ({@link org.jeli.access.OidcLogins}, ADR 0021).
 *
 * <p>Invariants: deny by default; password hashes never leave this slice; unknown and known users
 * cost the same to check. Allowed dependencies: common (adapters in {@code quarkus} and
 * {@code jdbc} sub-packages may use the framework).
 */
package org.jeli.access;
