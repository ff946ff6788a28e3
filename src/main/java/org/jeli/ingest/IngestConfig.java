package org.jeli.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the ingest slice; each is documented in README's configuration table. */
@ConfigMapping(prefix = "jeli.ingest")
public interface IngestConfig {
    /** The largest upload accepted, in bytes (default 8 GiB). */
    @WithDefault("8589934592")
    long maxUploadSize();

    /** Threads that run metadata extraction in the background. */
    @WithDefault("1")
    int extractionWorkers();

    /**
     * How often stored files still waiting for extraction are looked for in the database and queued:
     * those beyond one batch at start, and those whose attempt failed because no parser worker could
     * start (each file is tried at most three times).
     */
    @WithDefault("PT1M")
    Duration extractionSweep();

    /** How many waiting files one sweep queues at most. */
    @WithDefault("1000")
    int extractionBatch();
}
