/** CDI wiring, configuration and health check of the blob store. */
package org.jeli.storage.quarkus;
