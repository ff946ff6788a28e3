/** CDI wiring and configuration of the metadata extractor. */
package org.jeli.metadata.quarkus;
