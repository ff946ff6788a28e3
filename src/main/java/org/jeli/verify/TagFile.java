package org.jeli.verify;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A BagIt tag file ({@code bagit.txt}, {@code bag-info.txt}): {@code Label: value} lines, a value
 * continued on lines that start with whitespace. A repeated label keeps its first value.
 */
public final class TagFile {
    private TagFile() {}

    public static Map<String, String> parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        String label = null;
        StringBuilder value = new StringBuilder();
        for (String line : text.split("\r\n|\n|\r")) {
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && label != null) {
                value.append(' ').append(line.strip());
                continue;
            }
            if (label != null) {
                out.putIfAbsent(label, value.toString());
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                label = null;
                continue;
            }
            label = line.substring(0, colon).strip();
            value = new StringBuilder(line.substring(colon + 1).strip());
        }
        if (label != null) {
            out.putIfAbsent(label, value.toString());
        }
        return out;
    }

    /** {@code Label: value} lines in the order given. Values must not hold line breaks. */
    public static String format(Map<String, String> tags) {
        StringBuilder out = new StringBuilder();
        tags.forEach((k, v) -> {
            if (v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("a tag value holds a line break");
            }
            out.append(k).append(": ").append(v).append('\n');
        });
        return out.toString();
    }
}
