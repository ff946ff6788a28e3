package org.jeli.export;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of evidence package exports; each is documented in README's configuration table. */
@ConfigMapping(prefix = "jeli.export")
public interface ExportConfig {
    /** Source-Organization in bag-info.txt. */
    @WithDefault("Jeli archive")
    String organization();

    /** Most items in one package. */
    @WithDefault("10000")
    int maxItems();

    /**
     * When timestamp authorities are configured and an item is not yet covered by a timestamped
     * checkpoint, how long the export waits for the new checkpoint's timestamp.
     */
    @WithDefault("15s")
    Duration timestampWait();
}
