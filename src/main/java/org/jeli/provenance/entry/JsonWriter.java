package org.jeli.provenance.entry;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Writes the model of {@link CanonicalJson} in RFC 8785 form; one instance per document. */
final class JsonWriter {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out = new StringBuilder();
    private final int maxDepth;

    private JsonWriter(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    /** Encodes {@code value} allowing {@code maxDepth} nested containers. */
    static byte[] write(Object value, int maxDepth) {
        JsonWriter writer = new JsonWriter(maxDepth);
        writer.value(value, 0);
        byte[] bytes = writer.out.toString().getBytes(StandardCharsets.UTF_8);
        if (bytes.length > CanonicalJson.MAX_BYTES) {
            throw new IllegalArgumentException("canonical JSON longer than " + CanonicalJson.MAX_BYTES + " bytes");
        }
        return bytes;
    }

    private void value(Object v, int depth) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            string(s);
        } else if (v instanceof Boolean b) {
            out.append(b ? "true" : "false");
        } else if (v instanceof Long || v instanceof Integer) {
            out.append(checkedInteger(((Number) v).longValue()));
        } else if (v instanceof Map<?, ?> m) {
            object(m, enter(depth));
        } else if (v instanceof List<?> l) {
            array(l, enter(depth));
        } else if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
            throw new IllegalArgumentException("floating point numbers are not allowed in canonical JSON");
        } else {
            throw new IllegalArgumentException("value type is not in the canonical JSON model");
        }
        if (out.length() > CanonicalJson.MAX_BYTES) {
            throw new IllegalArgumentException("canonical JSON longer than " + CanonicalJson.MAX_BYTES + " bytes");
        }
    }

    private int enter(int depth) {
        if (depth + 1 > maxDepth) {
            throw new IllegalArgumentException("JSON nesting deeper than " + maxDepth);
        }
        return depth + 1;
    }

    static long checkedInteger(long n) {
        if (n > CanonicalJson.MAX_SAFE_INTEGER || n < -CanonicalJson.MAX_SAFE_INTEGER) {
            throw new IllegalArgumentException("integer outside ±(2^53-1)");
        }
        return n;
    }

    private void object(Map<?, ?> map, int depth) {
        List<Map.Entry<?, ?>> members = new ArrayList<>(map.entrySet());
        for (Map.Entry<?, ?> member : members) {
            if (!(member.getKey() instanceof String)) {
                throw new IllegalArgumentException("object member names must be strings");
            }
        }
        members.sort(Comparator.comparing(member -> (String) member.getKey()));
        out.append('{');
        String previous = null;
        for (Map.Entry<?, ?> member : members) {
            String name = (String) member.getKey();
            if (previous != null) {
                if (previous.equals(name)) {
                    throw new IllegalArgumentException("duplicate object member name");
                }
                out.append(',');
            }
            string(name);
            out.append(':');
            value(member.getValue(), depth);
            previous = name;
        }
        out.append('}');
    }

    private void array(List<?> list, int depth) {
        out.append('[');
        boolean first = true;
        for (Object element : list) {
            if (!first) {
                out.append(',');
            }
            value(element, depth);
            first = false;
        }
        out.append(']');
    }

    private void string(String s) {
        if (s.length() > CanonicalJson.MAX_BYTES) {
            throw new IllegalArgumentException("canonical JSON longer than " + CanonicalJson.MAX_BYTES + " bytes");
        }
        if (!isWellFormed(s)) {
            throw new IllegalArgumentException("string contains a lone surrogate");
        }
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            character(s.charAt(i));
        }
        out.append('"');
    }

    /** Whether every surrogate in {@code s} is part of a pair, so that UTF-8 can carry it. */
    static boolean isWellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private void character(char c) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\b' -> out.append("\\b");
            case '\t' -> out.append("\\t");
            case '\n' -> out.append("\\n");
            case '\f' -> out.append("\\f");
            case '\r' -> out.append("\\r");
            default -> {
                if (c < 0x20) {
                    out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                } else {
                    out.append(c);
                }
            }
        }
    }
}
