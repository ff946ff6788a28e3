package org.jeli.chat.archive;

/** Unsigned little-endian fields of zip headers. */
final class LittleEndian {
    private LittleEndian() {}

    static int u16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    static long u32(byte[] b, int at) {
        return u16(b, at) | (long) u16(b, at + 2) << 16;
    }

    /** Reads a 64-bit field; values above {@link Long#MAX_VALUE} come back negative and are refused. */
    static long u64(byte[] b, int at) {
        return u32(b, at) | u32(b, at + 4) << 32;
    }
}
