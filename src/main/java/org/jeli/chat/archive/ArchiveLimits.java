package org.jeli.chat.archive;

/**
 * What a chat-export zip may hold. Declared sizes are checked before reading and actual inflated
 * bytes while reading.
 *
 * @param maxEntries most entries (default 20,000: 1,000 media files is a large export)
 * @param maxEntryBytes largest inflated entry (default 4 GiB: one long video)
 * @param maxTotalBytes largest inflated total (default 32 GiB)
 * @param maxCompressionRatio highest inflated-to-compressed ratio of an entry (default 200; media
 *     barely compresses, chat text about 10:1, zip bombs 1,000:1 and more)
 * @param ratioFloorBytes entries smaller than this escape the ratio rule (default 1 MiB)
 * @param maxNameBytes longest entry name (default 1,024 bytes)
 */
public record ArchiveLimits(
        int maxEntries,
        long maxEntryBytes,
        long maxTotalBytes,
        int maxCompressionRatio,
        long ratioFloorBytes,
        int maxNameBytes) {
    public ArchiveLimits {
        if (maxEntries < 1
                || maxEntryBytes < 1
                || maxTotalBytes < maxEntryBytes
                || maxCompressionRatio < 1
                || ratioFloorBytes < 0
                || maxNameBytes < 1) {
            throw new IllegalArgumentException("archive limits must be positive and total >= per entry");
        }
    }

    public static ArchiveLimits defaults() {
        return new ArchiveLimits(20_000, 4L << 30, 32L << 30, 200, 1L << 20, 1024);
    }
}
