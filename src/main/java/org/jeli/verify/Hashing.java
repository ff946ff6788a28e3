package org.jeli.verify;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Hashes many files with several algorithms each: one read per file, files spread over the
 * available cores. Memory is one buffer per thread, whatever the file sizes.
 */
final class Hashing {
    private static final int BUFFER = 1 << 20;

    /** Key in a file's result when it could not be read to the end; the value says why. */
    static final String UNREADABLE = "unreadable";

    private Hashing() {}

    static int hexLength(String algorithm) {
        return switch (algorithm) {
            case "sha256" -> 64;
            case "sha512" -> 128;
            default -> throw new IllegalArgumentException("unsupported algorithm " + algorithm);
        };
    }

    static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(
                    switch (algorithm) {
                        case "sha256" -> "SHA-256";
                        case "sha512" -> "SHA-512";
                        default -> throw new IllegalArgumentException("unsupported algorithm " + algorithm);
                    });
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The checksums of one stream under each algorithm, lowercase hex. */
    static Map<String, String> hash(InputStream in, Set<String> algorithms) throws IOException {
        List<String> names = new ArrayList<>(algorithms);
        List<MessageDigest> digests = names.stream().map(Hashing::digest).toList();
        byte[] buffer = new byte[BUFFER];
        for (int n; (n = in.readNBytes(buffer, 0, buffer.length)) > 0; ) {
            for (MessageDigest d : digests) {
                d.update(buffer, 0, n);
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            out.put(names.get(i), HexFormat.of().formatHex(digests.get(i).digest()));
        }
        return out;
    }

    /**
     * Hashes each file in {@code wanted} (path to algorithms) in parallel. A file that cannot be read
     * to the end maps to {@code {UNREADABLE: reason}} instead of checksums.
     */
    static Map<String, Map<String, String>> hashAll(PackageFiles files, Map<String, Set<String>> wanted, int threads)
            throws IOException {
        Map<String, Map<String, String>> out = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "jeli-verify-hash");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Map.Entry<String, Set<String>> e : wanted.entrySet()) {
                futures.add(pool.submit(() -> {
                    try (InputStream in = files.open(e.getKey())) {
                        out.put(e.getKey(), hash(in, e.getValue()));
                    } catch (IOException | RuntimeException unreadable) {
                        // A damaged zip entry (CRC error) or an unreadable file: the caller reports it.
                        out.put(e.getKey(), Map.of(UNREADABLE, String.valueOf(unreadable.getMessage())));
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while hashing", e);
        } catch (ExecutionException e) {
            throw new IOException("hashing failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return out;
    }
}
