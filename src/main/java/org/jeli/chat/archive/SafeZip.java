package org.jeli.chat.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;
import org.jeli.chat.ChatImportRefusedException;

/**
 * A zip archive whose central directory has passed every check of {@link ArchiveLimits} and the
 * entry rules (see the package description). Entries are read one stream at a time or several at
 * once; each stream counts the bytes it inflates and refuses as soon as a limit is crossed.
 */
public final class SafeZip implements AutoCloseable {
    private final FileChannel channel;
    private final RegionReader file;
    private final List<ArchiveEntry> entries;
    private final ArchiveLimits limits;

    private SafeZip(FileChannel channel, List<ArchiveEntry> entries, ArchiveLimits limits) {
        this.channel = channel;
        this.file = new RegionReader(channel);
        this.entries = entries;
        this.limits = limits;
    }

    /**
     * Opens and checks {@code zip}.
     *
     * @throws ChatImportRefusedException if the archive breaks a rule or a limit
     * @throws IOException if the file cannot be read
     */
    public static SafeZip open(Path zip, ArchiveLimits limits) throws IOException {
        Objects.requireNonNull(limits, "limits");
        FileChannel channel = FileChannel.open(zip, StandardOpenOption.READ);
        try {
            RegionReader file = new RegionReader(channel);
            List<ArchiveEntry> entries = EntryChecks.check(file, CentralDirectory.read(file, limits), limits);
            return new SafeZip(channel, entries, limits);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Every entry, directories included, in central-directory order. */
    public List<ArchiveEntry> entries() {
        return entries;
    }

    /** A new stream over the inflated bytes of {@code entry}, which must come from this archive. */
    public InputStream open(ArchiveEntry entry) {
        if (entry.index() >= entries.size() || !entries.get(entry.index()).equals(entry)) {
            throw new IllegalArgumentException("entry does not belong to this archive");
        }
        return new EntryStream(file, entry, limits);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
