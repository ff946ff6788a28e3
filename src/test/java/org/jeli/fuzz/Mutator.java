package org.jeli.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/**
 * Seeded random inputs: mutations of a valid sample (bit flips, random bytes, deleted, duplicated
 * and truncated ranges, inserted tokens that parsers care about) and plain random bytes. The seed
 * comes from {@code -Djeli.fuzz.seed} (printed either way, so any failure can be replayed) and the
 * number of cases per target from {@code -Djeli.fuzz.cases}.
 */
final class Mutator {

    static final long SEED = Long.getLong("jeli.fuzz.seed", System.nanoTime());
    static final int CASES = Integer.getInteger("jeli.fuzz.cases", 300);

    private static final String[] TOKENS = {
        "\u0000",
        "\n",
        "\r\n",
        "\uFEFF",
        "\u202E",
        "{",
        "}",
        "[",
        "]",
        "\"",
        "\\",
        ":",
        ",",
        "-",
        "—",
        "99999999999999999999",
        "-1",
        "1e999",
        "NaN",
        "null",
        "true",
        "00",
        "/",
        "+",
        "=",
        "../",
        "%",
        "\uD800",
        "\uDFFF",
        "\u00A0",
        "12/31/99, 11:59 PM - ",
        "[31.12.99, 23:59:59] ",
        "٣١/١٢/٢٠٢٣",
    };

    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    static void announce(String target) {
        System.out.println("fuzz " + target + ": seed " + SEED + ", " + CASES + " cases (replay with -Djeli.fuzz.seed="
                + SEED + ")");
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    long nextLong() {
        return random.nextLong();
    }

    byte[] randomBytes(int max) {
        byte[] b = new byte[random.nextInt(max + 1)];
        random.nextBytes(b);
        return b;
    }

    /** One to four mutations of {@code sample}. */
    byte[] mutate(byte[] sample) {
        byte[] b = sample.clone();
        int rounds = 1 + random.nextInt(4);
        for (int i = 0; i < rounds; i++) {
            b = once(b);
        }
        return b;
    }

    private byte[] once(byte[] b) {
        if (b.length == 0) {
            return randomBytes(16);
        }
        int at = random.nextInt(b.length);
        switch (random.nextInt(7)) {
            case 0 -> b[at] ^= (byte) (1 << random.nextInt(8));
            case 1 -> b[at] = (byte) random.nextInt(256);
            case 2 -> {
                int end = Math.min(b.length, at + 1 + random.nextInt(64));
                return concat(Arrays.copyOf(b, at), Arrays.copyOfRange(b, end, b.length));
            }
            case 3 -> {
                int end = Math.min(b.length, at + 1 + random.nextInt(256));
                byte[] range = Arrays.copyOfRange(b, at, end);
                return concat(Arrays.copyOf(b, end), range, Arrays.copyOfRange(b, end, b.length));
            }
            case 4 -> {
                return Arrays.copyOf(b, at);
            }
            case 5 -> {
                byte[] token = TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
                return concat(Arrays.copyOf(b, at), token, Arrays.copyOfRange(b, at, b.length));
            }
            default -> {
                return concat(Arrays.copyOf(b, at), randomBytes(32), Arrays.copyOfRange(b, at, b.length));
            }
        }
        return b;
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
