/** Quarkus security adapters of access: identity providers (password, session, token), the OpenID Connect augmentor, CSRF and second-factor filters, the bootstrap admin. */
package org.jeli.access.quarkus;
