/** Quarkus security adapters of access: the password identity provider and the bootstrap admin. */
package org.jeli.access.quarkus;
