package org.jeli.provenance.entry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

/** Random values of the canonical model, biased towards the characters that need care. */
final class RandomValues {
    private static final String SPECIAL = "\"\\/\b\t\n\f\r\u0000\u001f\u007f\u0080\u00e9\u2028\u2029\ufeff\uffff";

    private final SplittableRandom random;

    RandomValues(long seed) {
        this.random = new SplittableRandom(seed);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    Random asRandom() {
        return new Random(random.nextLong());
    }

    Map<String, Object> object(int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        int members = random.nextInt(depth == 0 ? 8 : 5);
        for (int i = 0; i < members; i++) {
            map.put(string(), value(depth + 1));
        }
        return map;
    }

    Object value(int depth) {
        int choice = random.nextInt(depth >= 5 ? 5 : 7);
        return switch (choice) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2 -> integer();
            case 3, 4 -> string();
            case 5 -> object(depth);
            default -> list(depth);
        };
    }

    private List<Object> list(int depth) {
        List<Object> list = new ArrayList<>();
        int elements = random.nextInt(5);
        for (int i = 0; i < elements; i++) {
            list.add(value(depth + 1));
        }
        return list;
    }

    private long integer() {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextInt(-10, 11);
            case 1 -> CanonicalJson.MAX_SAFE_INTEGER - random.nextInt(3);
            case 2 -> -CanonicalJson.MAX_SAFE_INTEGER + random.nextInt(3);
            default -> random.nextLong(-CanonicalJson.MAX_SAFE_INTEGER, CanonicalJson.MAX_SAFE_INTEGER + 1);
        };
    }

    String string() {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(5)) {
                case 0 -> sb.append(SPECIAL.charAt(random.nextInt(SPECIAL.length())));
                case 1 -> sb.append((char) random.nextInt(0x20));
                case 2 -> sb.appendCodePoint(random.nextInt(0x10000, 0x110000));
                case 3 -> {
                    int c = random.nextInt(0x80, 0x10000);
                    sb.append(Character.isSurrogate((char) c) ? 'x' : (char) c);
                }
                default -> sb.append((char) random.nextInt(0x20, 0x7f));
            }
        }
        return sb.toString();
    }
}
