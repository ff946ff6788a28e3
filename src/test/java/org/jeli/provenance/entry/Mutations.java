package org.jeli.provenance.entry;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Small random edits of valid bytes, biased towards the bytes JSON structure depends on. */
final class Mutations {
    private static final byte[] INTERESTING = "{}[]\",:\\ 0-1.eEnu\t\n".getBytes(StandardCharsets.UTF_8);

    private Mutations() {}

    static byte[] apply(byte[] valid, RandomValues random) {
        byte[] bytes = valid;
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits && bytes.length > 0; i++) {
            bytes = once(bytes, random);
        }
        return bytes;
    }

    private static byte[] once(byte[] in, RandomValues random) {
        int at = random.nextInt(in.length);
        byte[] out = in.clone();
        switch (random.nextInt(7)) {
            case 0 -> out[at] ^= (byte) (1 << random.nextInt(8));
            case 1 -> out[at] = (byte) random.nextInt(256);
            case 2 -> out[at] = INTERESTING[random.nextInt(INTERESTING.length)];
            case 3 -> out = insert(in, at, INTERESTING[random.nextInt(INTERESTING.length)]);
            case 4 -> out = delete(in, at);
            case 5 -> out = Arrays.copyOf(in, at);
            default -> {
                int length = 1 + random.nextInt(Math.min(16, in.length - at));
                ByteArrayOutputStream dup = new ByteArrayOutputStream();
                dup.write(in, 0, at + length);
                dup.write(in, at, in.length - at);
                out = dup.toByteArray();
            }
        }
        return out;
    }

    private static byte[] insert(byte[] in, int at, byte b) {
        byte[] out = new byte[in.length + 1];
        System.arraycopy(in, 0, out, 0, at);
        out[at] = b;
        System.arraycopy(in, at, out, at + 1, in.length - at);
        return out;
    }

    private static byte[] delete(byte[] in, int at) {
        byte[] out = new byte[in.length - 1];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(in, at + 1, out, at, in.length - at - 1);
        return out;
    }
}
