package org.jeli.verify;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A BagIt manifest (RFC 8493 §2.1.3, §2.2.1): lines of {@code <hex checksum> <path>}, paths with
 * {@code %0A}, {@code %0D} and {@code %25} percent-encoded. {@link #format} writes what {@link
 * #parse} reads.
 *
 * @param algorithm {@code sha256} or {@code sha512}
 * @param checksums path to lowercase hex checksum, in file order
 * @param problems lines that could not be read, as {@code line N: why}
 */
public record Manifest(String algorithm, Map<String, String> checksums, List<String> problems) {
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");

    public Manifest {
        checksums = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(checksums));
        problems = List.copyOf(problems);
    }

    public static Manifest parse(String algorithm, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        Map<String, String> checksums = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        int hexLength = Hashing.hexLength(algorithm);
        String[] lines = text.split("\r\n|\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty() && i == lines.length - 1) {
                continue;
            }
            String[] parts = line.split("[ \t]+", 2);
            if (parts.length != 2 || parts[1].isEmpty()) {
                problems.add("line " + (i + 1) + ": not <checksum> <path>");
                continue;
            }
            if (parts[0].length() != hexLength || !HEX.matcher(parts[0]).matches()) {
                problems.add("line " + (i + 1) + ": not a " + algorithm + " checksum");
                continue;
            }
            String path = decode(parts[1]);
            if (path == null || !safe(path)) {
                problems.add("line " + (i + 1) + ": unsafe path");
                continue;
            }
            if (checksums.put(path, parts[0].toLowerCase(Locale.ROOT)) != null) {
                problems.add("line " + (i + 1) + ": path listed twice");
            }
        }
        return new Manifest(algorithm, checksums, problems);
    }

    /** Manifest text for {@code checksums} (path to hex), in the order given. */
    public static String format(Map<String, String> checksums) {
        StringBuilder out = new StringBuilder();
        checksums.forEach(
                (path, hex) -> out.append(hex).append("  ").append(encode(path)).append('\n'));
        return out.toString();
    }

    static String encode(String path) {
        return path.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D");
    }

    private static String decode(String path) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%') {
                if (i + 2 >= path.length()) {
                    return null;
                }
                String code = path.substring(i + 1, i + 3).toUpperCase(Locale.ROOT);
                switch (code) {
                    case "0A" -> out.append('\n');
                    case "0D" -> out.append('\r');
                    case "25" -> out.append('%');
                    default -> {
                        return null;
                    }
                }
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Relative, no {@code .} or {@code ..} segments, no backslash. */
    static boolean safe(String path) {
        if (path.startsWith("/") || path.contains("\\")) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
