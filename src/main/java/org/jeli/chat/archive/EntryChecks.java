package org.jeli.chat.archive;

import static org.jeli.chat.archive.CentralDirectory.refused;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jeli.chat.RefusalReason;

/**
 * Checks every central-directory record before anything is inflated: names, duplicates, links,
 * encryption, compression method, declared sizes and ratios, and that no two entries share bytes.
 */
final class EntryChecks {
    private static final int ENCRYPTED = 0x1;
    private static final int STRONG_ENCRYPTION = 0x40;
    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int S_IFMT = 0xf000;
    private static final int S_IFLNK = 0xa000;
    private static final int HOST_UNIX = 3;
    private static final int HOST_OSX = 19;

    private record Span(long start, long end) {}

    private EntryChecks() {}

    static List<ArchiveEntry> check(RegionReader file, List<CentralDirectory.Record> records, ArchiveLimits limits)
            throws IOException {
        Set<String> names = new HashSet<>();
        Set<Long> localHeaders = new HashSet<>();
        long total = 0;
        for (CentralDirectory.Record r : records) {
            var nameRefusal = EntryNames.refusal(r.name());
            if (nameRefusal.isPresent()) {
                throw refused(nameRefusal.get());
            }
            if (!names.add(r.name())) {
                throw refused(RefusalReason.DUPLICATE_ENTRY);
            }
            checkRecord(r, limits);
            total += r.size();
            if (total > limits.maxTotalBytes()) {
                throw refused(RefusalReason.TOTAL_TOO_LARGE);
            }
            if (!localHeaders.add(r.localHeaderOffset())) {
                throw refused(RefusalReason.OVERLAPPING_ENTRIES);
            }
        }
        List<ArchiveEntry> entries = new ArrayList<>(records.size());
        List<Span> spans = new ArrayList<>(records.size());
        for (CentralDirectory.Record r : records) {
            long dataOffset = dataOffset(file, r);
            spans.add(new Span(r.localHeaderOffset(), dataOffset + r.compressedSize()));
            entries.add(new ArchiveEntry(
                    r.index(), r.name(), r.size(), r.compressedSize(), r.crc(), r.method(), dataOffset));
        }
        checkNoOverlap(spans);
        return List.copyOf(entries);
    }

    private static void checkRecord(CentralDirectory.Record r, ArchiveLimits limits) {
        if ((r.flags() & (ENCRYPTED | STRONG_ENCRYPTION)) != 0) {
            throw refused(RefusalReason.ENCRYPTED_ENTRY);
        }
        if (isSymlink(r)) {
            throw refused(RefusalReason.SYMLINK_ENTRY);
        }
        if (r.method() != 0 && r.method() != 8) {
            throw refused(RefusalReason.UNSUPPORTED_COMPRESSION);
        }
        if (r.size() < 0 || r.compressedSize() < 0 || r.localHeaderOffset() < 0) {
            throw refused(RefusalReason.NOT_A_ZIP);
        }
        if (r.size() > limits.maxEntryBytes()) {
            throw refused(RefusalReason.ENTRY_TOO_LARGE);
        }
        if (r.method() == 0 && r.size() != r.compressedSize()) {
            throw refused(RefusalReason.SIZE_MISMATCH);
        }
        if (r.size() > limits.ratioFloorBytes() && r.size() / limits.maxCompressionRatio() > r.compressedSize()) {
            throw refused(RefusalReason.COMPRESSION_RATIO_TOO_HIGH);
        }
    }

    private static boolean isSymlink(CentralDirectory.Record r) {
        int host = r.versionMadeBy() >>> 8;
        boolean unixAttributes = host == HOST_UNIX || host == HOST_OSX;
        int mode = unixAttributes ? (int) (r.externalAttributes() >>> 16) : 0;
        return (mode & S_IFMT) == S_IFLNK || (r.extraUnixMode() >= 0 && (r.extraUnixMode() & S_IFMT) == S_IFLNK);
    }

    /** Reads the local header, which must agree with the central directory, and returns the data start. */
    private static long dataOffset(RegionReader file, CentralDirectory.Record r) throws IOException {
        if (r.localHeaderOffset() + 30 > file.size()) {
            throw refused(RefusalReason.NOT_A_ZIP);
        }
        byte[] h = file.read(r.localHeaderOffset(), 30);
        if (LittleEndian.u32(h, 0) != (LOCAL_HEADER & 0xffffffffL)) {
            throw refused(RefusalReason.NOT_A_ZIP);
        }
        if ((LittleEndian.u16(h, 6) & (ENCRYPTED | STRONG_ENCRYPTION)) != 0) {
            throw refused(RefusalReason.ENCRYPTED_ENTRY);
        }
        int nameLength = LittleEndian.u16(h, 26);
        int extraLength = LittleEndian.u16(h, 28);
        byte[] name = file.read(r.localHeaderOffset() + 30, nameLength);
        if (!Arrays.equals(name, r.nameBytes())) {
            throw refused(RefusalReason.NOT_A_ZIP);
        }
        long dataOffset = r.localHeaderOffset() + 30 + nameLength + extraLength;
        if (dataOffset + r.compressedSize() > file.size()) {
            throw refused(RefusalReason.NOT_A_ZIP);
        }
        return dataOffset;
    }

    /** Each entry must end before the next begins: shared compressed bytes are the overlap bomb. */
    private static void checkNoOverlap(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingLong(Span::start));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).start() < sorted.get(i - 1).end()) {
                throw refused(RefusalReason.OVERLAPPING_ENTRIES);
            }
        }
    }
}
