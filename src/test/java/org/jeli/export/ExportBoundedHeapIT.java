package org.jeli.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jeli.testsupport.ArchiveClient;
import org.jeli.testsupport.PackagedArchive;
import org.jeli.verify.Finding;
import org.jeli.verify.ItemVerdict;
import org.jeli.verify.PackageReport;
import org.jeli.verify.PackageVerifier;
import org.jeli.verify.VerifyOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An evidence package streams out of the packaged archive whatever its size: with a 128 MiB heap, a
 * collection of a thousand small items and one item twice the heap's size exports as one zip, which
 * verifies offline, and the archive keeps serving. The test never holds an item or the package in
 * memory either: the large item is sent from a file, the package is written straight to a file.
 */
class ExportBoundedHeapIT {
    private static final int SMALL_ITEMS = 1_000;
    private static final int UPLOADERS = 4;
    private static final long LARGE_BYTES = 256L << 20;
    private static final String HEAP = "-Xmx128m";
    private static final String COLLECTION = "Bounded heap";
    private static final String ADMIN_PASSWORD = "bounded-heap-admin-passphrase-7";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void aThousandItemExportStreamsWithinASmallHeapAndVerifies() throws Exception {
        long seed = new Random().nextLong();
        System.out.println("ExportBoundedHeapIT seed: " + seed);
        long started = System.nanoTime();
        Path large = tmp.resolve("large.bin");
        String largeSha256 = writeRandomFile(large, LARGE_BYTES, new Random(seed));
        Map<String, String> expected = new ConcurrentHashMap<>(); // item id -> sha256

        try (PackagedArchive archive = PackagedArchive.start(
                tmp.resolve("jeli-data"),
                Map.of("JELI_ADMIN_PASSWORD", ADMIN_PASSWORD),
                // An OutOfMemoryError anywhere ends the archive, so "still healthy" means it never ran out.
                List.of(HEAP, "-XX:+ExitOnOutOfMemoryError"))) {
            ArchiveClient client = new ArchiveClient(archive.baseUri(), ADMIN_PASSWORD);
            client.collectionWithArchivistAndInvestigator(COLLECTION);
            // Scripts upload with an API token: HTTP Basic would cost an Argon2id check per request.
            String token = client.as("archivist-1")
                    .contentType("application/json")
                    .body(Map.of("name", "bounded-heap-it"))
                    .post("/api/tokens")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("token");
            Uploads uploads = new Uploads(archive.baseUri(), token);
            long t0 = System.nanoTime();

            ExecutorService pool = Executors.newFixedThreadPool(UPLOADERS);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int i = 0; i < SMALL_ITEMS; i++) {
                    int n = i;
                    done.add(pool.submit(() -> {
                        Random r = new Random(seed + 1 + n);
                        byte[] bytes = new byte[(16 << 10) + r.nextInt((48 << 10) + 1)];
                        r.nextBytes(bytes);
                        JsonNode item = uploads.send(
                                "item-" + n + ".bin", HttpRequest.BodyPublishers.ofByteArray(bytes), bytes.length);
                        assertThat(item.path("sha256").asText()).isEqualTo(sha256(bytes));
                        expected.put(
                                item.path("id").asText(), item.path("sha256").asText());
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            long t1 = System.nanoTime();
            JsonNode big = uploads.send("large.bin", HttpRequest.BodyPublishers.ofFile(large), LARGE_BYTES);
            assertThat(big.path("sha256").asText()).isEqualTo(largeSha256);
            String largeId = big.path("id").asText();
            expected.put(largeId, largeSha256);
            long t2 = System.nanoTime();

            Path zip = tmp.resolve("package.zip");
            HttpResponse<Path> exported = uploads.http.send(
                    HttpRequest.newBuilder(URI.create(archive.baseUri() + "/api/exports"))
                            .header("Authorization", basic("investigator-1", ArchiveClient.PASSWORD))
                            .header("Content-Type", "application/json")
                            .timeout(Duration.ofMinutes(5))
                            .POST(HttpRequest.BodyPublishers.ofString("{\"collection\":\"" + COLLECTION + "\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofFile(zip));
            long t3 = System.nanoTime();
            assertThat(exported.statusCode()).as(() -> readHead(zip)).isEqualTo(200);
            assertThat(exported.headers().firstValue("Content-Type")).hasValue("application/zip");
            assertThat(Files.size(zip)).isGreaterThan(LARGE_BYTES);

            PackageReport report = new PackageVerifier(VerifyOptions.defaults()).verify(zip);
            long t4 = System.nanoTime();
            List<Finding> errors =
                    report.allFindings().stream().filter(Finding::isError).toList();
            assertThat(errors).as("errors the verifier found").isEmpty();
            assertThat(report.verified()).isTrue();
            assertThat(report.items()).hasSize(SMALL_ITEMS + 1);
            assertThat(report.payloadFiles()).isEqualTo(SMALL_ITEMS + 1);
            assertThat(report.items()).allMatch(ItemVerdict::bytesIntact);
            Map<String, String> verified = new java.util.HashMap<>();
            report.items().forEach(i -> verified.put(i.id(), i.sha256()));
            assertThat(verified)
                    .as("every uploaded item, with the bytes uploaded")
                    .isEqualTo(expected);
            assertThat(report.items())
                    .filteredOn(i -> i.id().equals(largeId))
                    .singleElement()
                    .satisfies(i -> assertThat(i.size()).isEqualTo(LARGE_BYTES));

            assertThat(uploads.get("/q/health/ready").statusCode()).isEqualTo(200);
            assertThat(client.as("investigator-1")
                            .get("/api/items/" + largeId)
                            .then()
                            .extract()
                            .statusCode())
                    .as("the archive still serves requests after the export")
                    .isEqualTo(200);
            assertThat(archive.output()).doesNotContain("OutOfMemoryError");
            System.out.printf(
                    "ExportBoundedHeapIT (%s): %d uploads %.1f s, %d MiB upload %.1f s, export of %d MiB %.1f s,"
                            + " verify %.1f s, total %.1f s%n",
                    HEAP,
                    SMALL_ITEMS,
                    seconds(t1 - t0),
                    LARGE_BYTES >> 20,
                    seconds(t2 - t1),
                    Files.size(zip) >> 20,
                    seconds(t3 - t2),
                    seconds(t4 - t3),
                    seconds(System.nanoTime() - started));
        }
    }

    /** Multipart uploads with an API token over one shared HTTP client. */
    private static final class Uploads {
        final HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        private final String base;
        private final String token;

        Uploads(String base, String token) {
            this.base = base;
            this.token = token;
        }

        /** Uploads one file into the collection; returns the created item's JSON. */
        JsonNode send(String fileName, HttpRequest.BodyPublisher file, long size) throws Exception {
            String boundary = "jeli-it-" + Long.toHexString(System.nanoTime());
            byte[] head = ("--" + boundary + "\r\n"
                            + "Content-Disposition: form-data; name=\"collection\"\r\n\r\n"
                            + COLLECTION + "\r\n"
                            + "--" + boundary + "\r\n"
                            + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                            + "Content-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/items"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .timeout(Duration.ofMinutes(5))
                    .POST(HttpRequest.BodyPublishers.concat(
                            HttpRequest.BodyPublishers.ofByteArray(head),
                            file,
                            HttpRequest.BodyPublishers.ofByteArray(tail)))
                    .build();
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode())
                    .as("upload of %s: %s", fileName, r.body())
                    .isEqualTo(201);
            JsonNode item = JSON.readTree(r.body());
            assertThat(item.path("size").asLong()).isEqualTo(size);
            return item;
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    /** Writes {@code size} random bytes a megabyte at a time; returns their SHA-256. */
    private static String writeRandomFile(Path file, long size, Random random) throws IOException {
        MessageDigest sha256 = sha256Digest();
        byte[] chunk = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long left = size; left > 0; left -= chunk.length) {
                random.nextBytes(chunk);
                int n = (int) Math.min(chunk.length, left);
                out.write(chunk, 0, n);
                sha256.update(chunk, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256Digest().digest(bytes));
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The start of an error answer saved in place of the package, for the failure message. */
    private static String readHead(Path file) {
        try (var in = Files.newInputStream(file)) {
            return new String(in.readNBytes(2000), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
