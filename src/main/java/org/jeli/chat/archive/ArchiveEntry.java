package org.jeli.chat.archive;

import java.util.Objects;

/**
 * One file of a checked archive, as its central directory describes it.
 *
 * @param index 0-based place in the central directory
 * @param name the entry name (UTF-8, or IBM437 for old archives whose names are not UTF-8)
 * @param size declared inflated size; reading never yields more
 * @param compressedSize bytes stored in the archive
 * @param crc declared CRC-32 of the inflated bytes
 * @param method 0 (stored) or 8 (deflated)
 * @param dataOffset where the compressed bytes start in the archive file
 */
public record ArchiveEntry(
        int index, String name, long size, long compressedSize, long crc, int method, long dataOffset) {
    public ArchiveEntry {
        Objects.requireNonNull(name, "name");
    }

    public boolean isDirectory() {
        return name.endsWith("/");
    }

    /** The last segment of the name. */
    public String baseName() {
        String trimmed = isDirectory() ? name.substring(0, name.length() - 1) : name;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
