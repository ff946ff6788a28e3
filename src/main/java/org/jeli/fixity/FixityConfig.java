package org.jeli.fixity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the fixity audit; each is documented in README's configuration table. */
@ConfigMapping(prefix = "jeli.fixity")
public interface FixityConfig {
    /** Whether the scheduled audit runs (the admin endpoint works either way). */
    @WithDefault("true")
    boolean enabled();

    /** A new audit cycle starts at most this often (a cycle re-reads every blob once). */
    @WithDefault("24h")
    Duration cycleInterval();

    /** Blobs re-read per batch; each batch appends one {@code fixity.checked} entry. */
    @WithDefault("200")
    int batchSize();

    /** Pause between batches, so the audit never monopolises the disk. */
    @WithDefault("1s")
    Duration pause();

    /** Most bytes re-read per second (0 = unlimited). */
    @WithDefault("52428800")
    long maxBytesPerSecond();
}
