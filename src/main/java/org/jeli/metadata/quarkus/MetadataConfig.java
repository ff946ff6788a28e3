package org.jeli.metadata.quarkus;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits of metadata extraction; each is documented in README's configuration table. */
@ConfigMapping(prefix = "jeli.metadata")
public interface MetadataConfig {
    /** Wall-clock limit for parsing one file; past it the outcome is TIMEOUT. */
    @WithDefault("60s")
    Duration timeLimit();

    /** Most characters of text kept from one file; past it the outcome is LIMIT. */
    @WithDefault("1000000")
    int maxTextChars();

    /** Most embedded documents (attachments, archive entries) parsed in one file. */
    @WithDefault("100")
    int maxEmbeddedResources();
}
