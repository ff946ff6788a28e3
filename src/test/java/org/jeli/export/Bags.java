package org.jeli.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Test helpers: unpack a package, and re-bag it after tampering so that only the cryptography can notice. */
final class Bags {
    private Bags() {}

    /** Unzips into {@code dir}; returns the bag's root folder. */
    static Path unzip(Path zip, Path dir) throws IOException {
        Path root = null;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path target = dir.resolve(e.getName()).normalize();
                if (!target.startsWith(dir)) {
                    throw new IOException("unsafe entry");
                }
                Files.createDirectories(target.getParent());
                Files.copy(in, target);
                root = dir.resolve(e.getName().substring(0, e.getName().indexOf('/')));
            }
        }
        return root;
    }

    /** Recomputes every manifest and tag manifest, as a forger covering their tracks would. */
    static void rebag(Path root) throws IOException {
        for (String alg : List.of("sha256", "sha512")) {
            TreeMap<String, String> payload = new TreeMap<>();
            for (String p : files(root)) {
                if (p.startsWith("data/")) {
                    payload.put(p, hash(root.resolve(p), alg));
                }
            }
            write(root.resolve("manifest-" + alg + ".txt"), payload);
        }
        for (String alg : List.of("sha256", "sha512")) {
            TreeMap<String, String> tags = new TreeMap<>();
            for (String p : files(root)) {
                if (!p.startsWith("data/") && !p.startsWith("tagmanifest-")) {
                    tags.put(p, hash(root.resolve(p), alg));
                }
            }
            write(root.resolve("tagmanifest-" + alg + ".txt"), tags);
        }
    }

    static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    private static void write(Path file, TreeMap<String, String> lines) throws IOException {
        StringBuilder b = new StringBuilder();
        lines.forEach((p, h) -> b.append(h).append("  ").append(p).append('\n'));
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    static String hash(Path file, String alg) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance(alg.equals("sha256") ? "SHA-256" : "SHA-512");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
