package org.jeli.ingest.chat;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.jeli.chat.archive.ArchiveLimits;

/** Settings of chat-export imports; each is documented in README's configuration table. */
@ConfigMapping(prefix = "jeli.chat")
public interface ChatImportConfig {
    /** Imports running at the same time (each streams its export batch by batch). */
    @WithDefault("1")
    int importWorkers();

    /** Most entries an export zip may hold. */
    @WithDefault("20000")
    int maxEntries();

    /** Largest inflated entry of an export zip, in bytes (default 4 GiB). */
    @WithDefault("4294967296")
    long maxEntrySize();

    /** Largest inflated total of an export zip, in bytes (default 32 GiB). */
    @WithDefault("34359738368")
    long maxTotalSize();

    /** Highest inflated-to-compressed ratio of an entry over 1 MiB. */
    @WithDefault("200")
    int maxCompressionRatio();

    default ArchiveLimits limits() {
        ArchiveLimits d = ArchiveLimits.defaults();
        return new ArchiveLimits(
                maxEntries(),
                maxEntrySize(),
                maxTotalSize(),
                maxCompressionRatio(),
                d.ratioFloorBytes(),
                d.maxNameBytes());
    }
}
