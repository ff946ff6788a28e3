package org.jeli.limits.quarkus;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Request limits; each is documented in README's configuration table. The defaults are ceilings a
 * person or a script working normally never meets: they stop floods, not work. A rate's {@code
 * per-minute} of 0 and a concurrency of 0 turn that limit off.
 */
@ConfigMapping(prefix = "jeli.limits")
public interface LimitsConfig {
    /** Requests carrying a password (HTTP Basic, login form) per client address. */
    RateConfig login();

    /** Requests carrying an API token per client address. */
    RateConfig tokens();

    /** Uploads ({@code POST /api/items}, tus creations) and imports started per user. */
    RateConfig uploads();

    /** Uploads (including tus {@code PATCH}es) one user may run at once. */
    @WithDefault("8")
    int concurrentUploadsPerUser();

    /** Uploads running at once in this instance. */
    @WithDefault("64")
    int concurrentUploads();

    /** Chat-export imports one user may run at once. */
    @WithDefault("2")
    int concurrentImportsPerUser();

    /** Chat-export imports running at once in this instance. */
    @WithDefault("4")
    int concurrentImports();

    /** {@code Retry-After} of a request refused because too many are running. */
    @WithDefault("5s")
    Duration busyRetryAfter();

    /** Most addresses or users remembered per rate; the least recently seen are forgotten. */
    @WithDefault("100000")
    int trackedKeys();

    /** A token bucket. */
    interface RateConfig {
        /** Requests allowed at once before the rate applies. */
        @WithDefault("600")
        int burst();

        /** Requests a minute the bucket refills with; 0 = no limit. */
        @WithDefault("6000")
        int perMinute();
    }
}
