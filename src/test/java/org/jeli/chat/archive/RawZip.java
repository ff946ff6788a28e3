package org.jeli.chat.archive;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes zip archives byte by byte, so tests can build what no well-behaved tool writes: encrypted
 * flags, symbolic links, duplicate names, lying sizes, entries that share bytes.
 */
public final class RawZip {
    /** One entry and the liberties taken with it. */
    public static final class Entry {
        final String name;
        final byte[] data;
        boolean deflate = true;
        int localFlags;
        int centralFlags;
        int method = -1;
        int versionMadeBy = 20;
        long externalAttributes;
        public Long declaredSize;
        Long declaredCrc;
        Long declaredCompressedSize;
        public Integer sharesLocalHeaderOf;

        Entry(String name, byte[] data) {
            this.name = name;
            this.data = data;
        }

        public Entry stored() {
            deflate = false;
            return this;
        }

        public Entry encrypted() {
            localFlags |= 1;
            centralFlags |= 1;
            return this;
        }

        public Entry symlink() {
            versionMadeBy = 3 << 8 | 20;
            externalAttributes = 0120777L << 16;
            return this;
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    public Entry add(String name, byte[] data) {
        Entry e = new Entry(name, data);
        entries.add(e);
        return e;
    }

    public Entry add(String name, String text) {
        return add(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Long> offsets = new ArrayList<>();
        List<byte[]> compressed = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            byte[] payload = e.deflate ? deflate(e.data) : e.data;
            compressed.add(payload);
            if (e.sharesLocalHeaderOf != null) {
                offsets.add(offsets.get(e.sharesLocalHeaderOf));
                continue;
            }
            offsets.add((long) out.size());
            byte[] name = e.name.getBytes(StandardCharsets.UTF_8);
            u32(out, 0x04034b50);
            u16(out, 20);
            u16(out, e.localFlags | 0x800);
            u16(out, method(e));
            u16(out, 0);
            u16(out, 0x21);
            u32(out, crc(e.data));
            u32(out, payload.length);
            u32(out, e.data.length);
            u16(out, name.length);
            u16(out, 0);
            out.writeBytes(name);
            out.writeBytes(payload);
        }
        long centralStart = out.size();
        for (int i = 0; i < entries.size(); i++) {
            central(out, entries.get(i), compressed.get(i), offsets.get(i));
        }
        long centralSize = out.size() - centralStart;
        u32(out, 0x06054b50);
        u16(out, 0);
        u16(out, 0);
        u16(out, entries.size());
        u16(out, entries.size());
        u32(out, centralSize);
        u32(out, centralStart);
        u16(out, 0);
        return out.toByteArray();
    }

    private static void central(ByteArrayOutputStream out, Entry e, byte[] payload, long offset) {
        byte[] name = e.name.getBytes(StandardCharsets.UTF_8);
        u32(out, 0x02014b50);
        u16(out, e.versionMadeBy);
        u16(out, 20);
        u16(out, e.centralFlags | 0x800);
        u16(out, method(e));
        u16(out, 0);
        u16(out, 0x21);
        u32(out, e.declaredCrc != null ? e.declaredCrc : crc(e.data));
        u32(out, e.declaredCompressedSize != null ? e.declaredCompressedSize : payload.length);
        u32(out, e.declaredSize != null ? e.declaredSize : e.data.length);
        u16(out, name.length);
        u16(out, 0);
        u16(out, 0);
        u16(out, 0);
        u16(out, 0);
        u32(out, e.externalAttributes);
        u32(out, offset);
        out.writeBytes(name);
    }

    private static int method(Entry e) {
        return e.method >= 0 ? e.method : e.deflate ? 8 : 0;
    }

    static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static long crc(byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        return crc.getValue();
    }

    private static void u16(ByteArrayOutputStream out, int v) {
        out.write(v & 0xff);
        out.write(v >>> 8 & 0xff);
    }

    private static void u32(ByteArrayOutputStream out, long v) {
        u16(out, (int) (v & 0xffff));
        u16(out, (int) (v >>> 16 & 0xffff));
    }
}
