package org.jeli.ingest.tus;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;

/** Settings of resumable uploads; each is documented in README's configuration table. */
@ConfigMapping(prefix = "jeli.uploads")
public interface TusConfig {
    /** Folder of the part files of unfinished uploads (mode 700, one folder per upload). */
    @WithDefault("${jeli.data-dir}/uploads")
    Path directory();

    /** An unfinished upload expires this long after its creation or its last accepted PATCH. */
    @WithDefault("7d")
    Duration expiry();

    /** Most unfinished uploads one user may have open at once. */
    @WithDefault("20")
    int maxOpenPerUser();

    /** Most bytes (the sum of the declared lengths) of one user's unfinished uploads (default 20 GiB). */
    @WithDefault("21474836480")
    long maxBytesPerUser();

    /** How often expired uploads are removed. */
    @WithDefault("1h")
    Duration sweepInterval();
}
