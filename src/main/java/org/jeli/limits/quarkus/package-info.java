/** Configuration and HTTP wiring of the request limits. */
package org.jeli.limits.quarkus;
