// HTTP load client of the benchmarks (no dependency; run with `java bench/tools/Load.java ...`).
//
//   java Load.java upload URL TOKEN COLLECTION COUNT CONCURRENCY BYTES [FIRST]
//       COUNT multipart uploads (POST /api/items) of BYTES unique random bytes each (item number
//       FIRST.. in the first bytes, so no two are the same blob), CONCURRENCY at a time, one
//       keep-alive client. Prints one JSON line: count, created, errors, seconds.
//   java Load.java view URL TOKEN ITEM SIZE CLIENTS SECONDS RANGE_BYTES
//       CLIENTS threads loop GET /api/items/ITEM/content with a random "Range: bytes=a-b" of
//       RANGE_BYTES (the first request of each client starts at byte 0, as a player does) for
//       SECONDS. Time to first byte is measured from sending the request to reading the first body
//       byte. Prints one JSON line: requests, errors, ttfb p50/p99/max ms, MB/s.
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

public class Load {
    public static void main(String[] a) {
        try {
            run(a);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(2);
        }
    }

    static void run(String[] a) throws Exception {
        switch (a[0]) {
            case "upload" -> upload(a[1], a[2], a[3], Integer.parseInt(a[4]), Integer.parseInt(a[5]),
                    Integer.parseInt(a[6]), a.length > 7 ? Long.parseLong(a[7]) : 0);
            case "view" -> view(a[1], a[2], a[3], Long.parseLong(a[4]), Integer.parseInt(a[5]),
                    Integer.parseInt(a[6]), Long.parseLong(a[7]));
            default -> throw new IllegalArgumentException("mode: upload | view");
        }
    }

    static HttpClient client(int threads) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(Math.max(2, threads)))
                .build();
    }

    static void upload(String url, String token, String collection, int count, int concurrency, int bytes, long first)
            throws Exception {
        HttpClient http = client(concurrency);
        AtomicLong next = new AtomicLong(first);
        long end = first + count;
        AtomicLong created = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long t0 = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            futures.add(pool.submit(() -> {
                String boundary = "jeli-bench-" + Thread.currentThread().getId();
                byte[] content = new byte[bytes];
                for (long i; (i = next.getAndIncrement()) < end; ) {
                    ThreadLocalRandom.current().nextBytes(content);
                    byte[] id = ("item " + i + "\n").getBytes(StandardCharsets.US_ASCII);
                    System.arraycopy(id, 0, content, 0, Math.min(id.length, content.length));
                    ByteArrayOutputStream body = new ByteArrayOutputStream(bytes + 512);
                    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"collection\"\r\n\r\n"
                                    + collection + "\r\n--" + boundary
                                    + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"item-" + i
                                    + ".bin\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                            .getBytes(StandardCharsets.UTF_8));
                    body.writeBytes(content);
                    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
                    HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/items"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .timeout(Duration.ofSeconds(120))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                            .build();
                    try {
                        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 201) {
                            created.incrementAndGet();
                        } else {
                            errors.incrementAndGet();
                            if (firstErrors.size() < 3) firstErrors.add(r.statusCode() + " " + r.body());
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        if (firstErrors.size() < 3) firstErrors.add(e.toString());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) f.get();
        double s = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        firstErrors.forEach(e -> System.err.println("error: " + e));
        System.out.printf("{\"count\":%d,\"created\":%d,\"errors\":%d,\"seconds\":%.2f}%n", count, created.get(),
                errors.get(), s);
        System.exit(0);
    }

    static void view(String url, String token, String item, long size, int clients, int seconds, long range)
            throws Exception {
        HttpClient http = client(clients);
        URI uri = URI.create(url + "/api/items/" + item + "/content");
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
        List<double[][]> perClient = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            double[][] ttfb = {new double[4096]};
            int[] n = new int[1];
            perClient.add(ttfb);
            counts.add(n);
            long seed = c;
            futures.add(pool.submit(() -> {
                Random random = new Random(seed);
                byte[] buffer = new byte[64 * 1024];
                boolean firstRequest = true;
                while (System.nanoTime() < deadline) {
                    long from = firstRequest ? 0 : (long) (random.nextDouble() * Math.max(1, size - range));
                    firstRequest = false;
                    long to = Math.min(size, from + range) - 1;
                    HttpRequest request = HttpRequest.newBuilder(uri)
                            .header("Authorization", "Bearer " + token)
                            .header("Range", "bytes=" + from + "-" + to)
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build();
                    long start = System.nanoTime();
                    try {
                        HttpResponse<InputStream> r = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
                        try (InputStream in = r.body()) {
                            int b = in.read();
                            double ms = (System.nanoTime() - start) / 1e6;
                            long got = b < 0 ? 0 : 1;
                            for (int k; (k = in.read(buffer)) > 0; ) got += k;
                            if (r.statusCode() != 206 || got != to - from + 1) {
                                errors.incrementAndGet();
                                if (firstErrors.size() < 3) firstErrors.add(r.statusCode() + " got " + got + " bytes");
                            } else {
                                if (n[0] == ttfb[0].length) ttfb[0] = Arrays.copyOf(ttfb[0], n[0] * 2);
                                ttfb[0][n[0]++] = ms;
                                bytes.addAndGet(got);
                            }
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        if (firstErrors.size() < 3) firstErrors.add(e.toString());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) f.get();
        double s = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        int total = counts.stream().mapToInt(x -> x[0]).sum();
        double[] all = new double[total];
        int k = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(perClient.get(c)[0], 0, all, k, counts.get(c)[0]);
            k += counts.get(c)[0];
        }
        Arrays.sort(all);
        firstErrors.forEach(e -> System.err.println("error: " + e));
        System.out.printf(
                "{\"requests\":%d,\"errors\":%d,\"ttfb_p50_ms\":%.2f,\"ttfb_p99_ms\":%.2f,\"ttfb_max_ms\":%.2f,"
                        + "\"mb_per_s\":%.1f,\"seconds\":%.1f}%n",
                total + errors.get(), errors.get(), pct(all, 50), pct(all, 99), total == 0 ? 0 : all[total - 1],
                bytes.get() / 1048576.0 / s, s);
        System.exit(0);
    }

    static double pct(double[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        int i = (int) Math.ceil(sorted.length * p / 100) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
