package org.jeli.chat.archive;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jeli.chat.ChatImportRefusedException;
import org.jeli.chat.RefusalReason;

/**
 * Reads the end-of-central-directory record (ZIP64 included) and the central directory, refusing
 * archives with more entries or longer names than allowed before allocating anything for them.
 */
final class CentralDirectory {
    private static final int EOCD = 0x06054b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int ZIP64_EOCD = 0x06064b50;
    private static final int CEN = 0x02014b50;
    private static final int MAX_EOCD_SEARCH = 22 + 0xffff;
    private static final Charset IBM437 =
            Charset.isSupported("IBM437") ? Charset.forName("IBM437") : StandardCharsets.ISO_8859_1;

    /** A central-directory record with the fields the checks need. */
    record Record(
            int index,
            String name,
            byte[] nameBytes,
            int versionMadeBy,
            int flags,
            int method,
            long crc,
            long compressedSize,
            long size,
            long localHeaderOffset,
            long externalAttributes,
            int extraUnixMode) {}

    private record Location(long entries, long offset, long size) {}

    private CentralDirectory() {}

    static List<Record> read(RegionReader file, ArchiveLimits limits) throws IOException {
        Location at = locate(file);
        if (at.entries() > limits.maxEntries()) {
            throw refused(RefusalReason.TOO_MANY_ENTRIES);
        }
        if (at.offset() < 0 || at.size() < 0 || at.offset() + at.size() > file.size()) {
            throw refused(RefusalReason.NOT_A_ZIP);
        }
        List<Record> records = new ArrayList<>((int) at.entries());
        long position = at.offset();
        for (int i = 0; i < at.entries(); i++) {
            if (position + 46 > at.offset() + at.size()) {
                throw refused(RefusalReason.NOT_A_ZIP);
            }
            byte[] h = file.read(position, 46);
            if (LittleEndian.u32(h, 0) != (CEN & 0xffffffffL)) {
                throw refused(RefusalReason.NOT_A_ZIP);
            }
            int nameLength = LittleEndian.u16(h, 28);
            int extraLength = LittleEndian.u16(h, 30);
            int commentLength = LittleEndian.u16(h, 32);
            if (nameLength > limits.maxNameBytes()) {
                throw refused(RefusalReason.NAME_TOO_LONG);
            }
            byte[] name = file.read(position + 46, nameLength);
            byte[] extra = file.read(position + 46 + nameLength, extraLength);
            records.add(record(i, h, name, extra));
            position += 46L + nameLength + extraLength + commentLength;
        }
        return records;
    }

    private static Record record(int index, byte[] h, byte[] name, byte[] extra) {
        long compressed = LittleEndian.u32(h, 20);
        long size = LittleEndian.u32(h, 24);
        long offset = LittleEndian.u32(h, 42);
        ExtraFields fields =
                ExtraFields.parse(extra, size == 0xffffffffL, compressed == 0xffffffffL, offset == 0xffffffffL);
        return new Record(
                index,
                decode(name, (LittleEndian.u16(h, 8) & 0x800) != 0),
                name,
                LittleEndian.u16(h, 4),
                LittleEndian.u16(h, 8),
                LittleEndian.u16(h, 10),
                LittleEndian.u32(h, 16),
                fields.compressedSize().orElse(compressed),
                fields.size().orElse(size),
                fields.offset().orElse(offset),
                LittleEndian.u32(h, 38),
                fields.unixMode());
    }

    private static Location locate(RegionReader file) throws IOException {
        long length = file.size();
        if (length < 22) {
            throw refused(RefusalReason.NOT_A_ZIP);
        }
        int tailLength = (int) Math.min(length, MAX_EOCD_SEARCH);
        long tailStart = length - tailLength;
        byte[] tail = file.read(tailStart, tailLength);
        for (int i = tailLength - 22; i >= 0; i--) {
            if (LittleEndian.u32(tail, i) == (EOCD & 0xffffffffL)
                    && i + 22 + LittleEndian.u16(tail, i + 20) == tailLength) {
                return location(file, tail, i, tailStart + i);
            }
        }
        throw refused(RefusalReason.NOT_A_ZIP);
    }

    private static Location location(RegionReader file, byte[] tail, int i, long eocdPosition) throws IOException {
        if (LittleEndian.u16(tail, i + 4) != 0 || LittleEndian.u16(tail, i + 6) != 0) {
            throw refused(RefusalReason.NOT_A_ZIP); // multi-disk archives
        }
        long entries = LittleEndian.u16(tail, i + 10);
        long size = LittleEndian.u32(tail, i + 12);
        long offset = LittleEndian.u32(tail, i + 16);
        if (entries != 0xffff && size != 0xffffffffL && offset != 0xffffffffL) {
            return new Location(entries, offset, size);
        }
        if (eocdPosition < 20) {
            throw refused(RefusalReason.NOT_A_ZIP);
        }
        byte[] locator = file.read(eocdPosition - 20, 20);
        if (LittleEndian.u32(locator, 0) != (ZIP64_LOCATOR & 0xffffffffL)) {
            throw refused(RefusalReason.NOT_A_ZIP);
        }
        long zip64Position = LittleEndian.u64(locator, 8);
        if (zip64Position < 0 || zip64Position + 56 > eocdPosition) {
            throw refused(RefusalReason.NOT_A_ZIP);
        }
        byte[] z = file.read(zip64Position, 56);
        if (LittleEndian.u32(z, 0) != (ZIP64_EOCD & 0xffffffffL)) {
            throw refused(RefusalReason.NOT_A_ZIP);
        }
        return new Location(LittleEndian.u64(z, 32), LittleEndian.u64(z, 48), LittleEndian.u64(z, 40));
    }

    /** UTF-8 when flagged or when the bytes are valid UTF-8 (many tools omit the flag); else IBM437. */
    private static String decode(byte[] name, boolean utf8Flag) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(name))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return utf8Flag ? new String(name, StandardCharsets.UTF_8) : new String(name, IBM437);
        }
    }

    static ChatImportRefusedException refused(RefusalReason reason) {
        return new ChatImportRefusedException(reason);
    }
}
