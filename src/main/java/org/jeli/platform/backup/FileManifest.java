package org.jeli.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code SHA256SUMS} of a backup folder: every file but itself, in {@code sha256sum} format, so a
 * backup can be checked with {@code sha256sum -c SHA256SUMS} as well as by {@code jeli restore}.
 */
final class FileManifest {
    static final String NAME = "SHA256SUMS";

    private FileManifest() {}

    static void write(Path dir) throws IOException {
        StringBuilder out = new StringBuilder();
        hashes(dir)
                .forEach(
                        (path, hex) -> out.append(hex).append("  ").append(path).append('\n'));
        Files.writeString(dir.resolve(NAME), out.toString(), StandardCharsets.UTF_8);
    }

    /** What differs from the manifest: changed, missing and added files; empty when intact. */
    static List<String> check(Path dir) throws IOException {
        List<String> problems = new ArrayList<>();
        Path manifest = dir.resolve(NAME);
        if (!Files.isRegularFile(manifest)) {
            problems.add(NAME + " is missing");
            return problems;
        }
        Map<String, String> expected = new TreeMap<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                expected.put(line.substring(66), line.substring(0, 64));
            }
        }
        Map<String, String> actual = hashes(dir);
        expected.forEach((path, hex) -> {
            String found = actual.get(path);
            if (found == null) {
                problems.add("missing: " + path);
            } else if (!found.equals(hex)) {
                problems.add("changed: " + path);
            }
        });
        actual.keySet().stream().filter(p -> !expected.containsKey(p)).forEach(p -> problems.add("added: " + p));
        return problems;
    }

    private static Map<String, String> hashes(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !p.equals(dir.resolve(NAME))) {
                    out.put(dir.relativize(p).toString().replace('\\', '/'), sha256(p));
                }
            }
        }
        return out;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 20];
            for (int n; (n = in.read(buffer)) > 0; ) {
                md.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
