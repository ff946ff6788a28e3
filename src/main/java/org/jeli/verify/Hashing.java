package org.jeli.verify;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jeli.common.Digest;

/**
 * Hashes many files with several algorithms each: one read per file, files spread over up to {@code
 * threads} workers, largest first so that no large file starts last and finishes alone. Each worker
 * reuses one buffer: memory is one buffer per worker, whatever the number and sizes of the files.
 */
final class Hashing {
    /** One per worker, reused; 256 KiB hashed as fast as 1 MiB (bench/verify-package). */
    private static final int BUFFER = 256 << 10;

    /** Key in a file's result when it could not be read to the end; the value says why. */
    static final String UNREADABLE = "unreadable";

    private Hashing() {}

    static int hexLength(String algorithm) {
        return Digest.Algorithm.fromLabel(algorithm).length() * 2;
    }

    static MessageDigest digest(String algorithm) {
        return Digest.Algorithm.fromLabel(algorithm).newMessageDigest();
    }

    private static Map<String, String> hash(InputStream in, Set<String> algorithms, byte[] buffer) throws IOException {
        List<String> names = new ArrayList<>(algorithms);
        List<MessageDigest> digests = names.stream().map(Hashing::digest).toList();
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
        List<String> order = largestFirst(files, wanted.keySet());
        Map<String, Map<String, String>> out = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        Callable<Void> worker = () -> {
            byte[] buffer = new byte[BUFFER];
            for (int i; (i = next.getAndIncrement()) < order.size(); ) {
                String path = order.get(i);
                try (InputStream in = files.open(path)) {
                    out.put(path, hash(in, wanted.get(path), buffer));
                } catch (IOException | RuntimeException unreadable) {
                    // A damaged zip entry (CRC or deflate error) or an unreadable file: the caller reports it.
                    out.put(path, Map.of(UNREADABLE, String.valueOf(unreadable.getMessage())));
                }
            }
            return null;
        };
        int workers = Math.max(1, Math.min(threads, order.size()));
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "jeli-verify-hash");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                futures.add(pool.submit(worker));
            }
            for (Future<Void> f : futures) {
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

    /** The paths, largest file first (a file whose size cannot be read counts as empty). */
    private static List<String> largestFirst(PackageFiles files, Set<String> paths) {
        Map<String, Long> sizes = new HashMap<>();
        for (String path : paths) {
            long size;
            try {
                size = files.size(path);
            } catch (IOException e) {
                size = 0;
            }
            sizes.put(path, size);
        }
        List<String> order = new ArrayList<>(paths);
        order.sort(Comparator.comparing(sizes::get, Comparator.reverseOrder()));
        return order;
    }
}
