package org.jeli.chat.archive;

import java.util.OptionalLong;

/**
 * The extra fields of a central-directory record that matter here: ZIP64 sizes and offset (0x0001)
 * and the Unix mode of the ASi extra field (0x756e), which can mark a symbolic link.
 */
record ExtraFields(OptionalLong size, OptionalLong compressedSize, OptionalLong offset, int unixMode) {
    private static final int ZIP64 = 0x0001;
    private static final int ASI_UNIX = 0x756e;

    static ExtraFields parse(byte[] extra, boolean needSize, boolean needCompressed, boolean needOffset) {
        OptionalLong size = OptionalLong.empty();
        OptionalLong compressed = OptionalLong.empty();
        OptionalLong offset = OptionalLong.empty();
        int unixMode = -1;
        int at = 0;
        while (at + 4 <= extra.length) {
            int id = LittleEndian.u16(extra, at);
            int length = LittleEndian.u16(extra, at + 2);
            int data = at + 4;
            if (data + length > extra.length) {
                break;
            }
            if (id == ZIP64) {
                int p = data;
                if (needSize && p + 8 <= data + length) {
                    size = OptionalLong.of(LittleEndian.u64(extra, p));
                    p += 8;
                }
                if (needCompressed && p + 8 <= data + length) {
                    compressed = OptionalLong.of(LittleEndian.u64(extra, p));
                    p += 8;
                }
                if (needOffset && p + 8 <= data + length) {
                    offset = OptionalLong.of(LittleEndian.u64(extra, p));
                }
            } else if (id == ASI_UNIX && length >= 6) {
                unixMode = LittleEndian.u16(extra, data + 4);
            }
            at = data + length;
        }
        return new ExtraFields(size, compressed, offset, unixMode);
    }
}
