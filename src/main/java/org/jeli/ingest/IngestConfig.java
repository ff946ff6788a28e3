package org.jeli.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the ingest slice; each is documented in README's configuration table. */
@ConfigMapping(prefix = "jeli.ingest")
public interface IngestConfig {
    /** The largest upload accepted, in bytes (default 8 GiB). */
    @WithDefault("8589934592")
    long maxUploadSize();

    /** Threads that run metadata extraction in the background. */
    @WithDefault("1")
    int extractionWorkers();
}
