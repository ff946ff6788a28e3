package org.jeli.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged archive ({@code target/quarkus-app/quarkus-run.jar}) started as a separate process,
 * exactly as README's start command runs it.
 */
public final class PackagedArchive implements AutoCloseable {
    private final Process process;
    private final Path log;
    private final int port;

    private PackagedArchive(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    public static PackagedArchive start(Path dataDir, Map<String, String> env) throws IOException {
        return start(dataDir, env, List.of("-Xmx512m"));
    }

    /**
     * Starts the archive with these JVM options instead of the default {@code -Xmx512m}, for
     * example a small heap to show that something streams.
     */
    public static PackagedArchive start(Path dataDir, Map<String, String> env, List<String> jvmOptions)
            throws IOException {
        String jar = System.getProperty("jeli.jar", "target/quarkus-app/quarkus-run.jar");
        int port = freePort();
        Files.createDirectories(dataDir);
        Path log = Files.createTempFile("jeli-it", ".log");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-Djeli.data-dir=" + dataDir, "-Dquarkus.http.port=" + port, "-jar", jar));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("JELI_ADMIN_PASSWORD");
        pb.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
        // The ITs log in with HTTP Basic as an admin without a second factor. SmallRye Config refuses
        // an empty value for a list, hence the sentinel.
        pb.environment().put("JELI_AUTH_SECOND_FACTOR_REQUIRED_ROLES", "none");
        pb.environment().putAll(env);
        PackagedArchive archive = new PackagedArchive(pb.start(), log, port);
        archive.awaitReady();
        return archive;
    }

    public String baseUri() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    public String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    private void awaitReady() throws IOException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the archive exited during start:\n" + output());
            }
            try {
                HttpResponse<String> r = client.send(
                        HttpRequest.newBuilder(URI.create(baseUri() + "/q/health/ready"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            try {
                process.waitFor(250, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        throw new IllegalStateException("the archive did not become ready:\n" + output());
    }

    /**
     * Kills the archive's JVM with SIGKILL, as a power cut would (no shutdown hook runs; the
     * embedded PostgreSQL it started is left orphaned, as after a crash), and waits for it to exit.
     */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops the embedded PostgreSQL that a {@link #kill()} left running on {@code dataDir}, if any:
     * a harness that ends (or fails) after a kill calls it so that no server outlives the test.
     */
    public static void stopOrphanedDatabase(Path dataDir) throws IOException {
        org.jeli.platform.EmbeddedDatabase.stopOrphan(dataDir.resolve("postgres"));
    }

    /** Stops the archive as an operator would (SIGTERM) and waits for it to exit. */
    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
