package org.jeli.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The embedded PostgreSQL that the default start runs, with its data under the data directory. It
 * starts only when no datasource is configured: the standard Quarkus settings
 * ({@code QUARKUS_DATASOURCE_JDBC_URL} or {@code quarkus.datasource.jdbc.url}) select an external
 * server instead.
 *
 * <p>An archive must not lose an acknowledged write, so {@code synchronous_commit}, {@code fsync}
 * and {@code full_page_writes} are on (zonky turns the first off by default). The server listens on
 * the loopback interface only.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    static final String JDBC_URL_PROPERTY = "quarkus.datasource.jdbc.url";
    static final String JDBC_URL_ENV = "QUARKUS_DATASOURCE_JDBC_URL";
    private static final String DATABASE = "postgres";
    private static final String USER = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Whether the configuration names an external database. */
    public static boolean externalConfigured(Properties system, Map<String, String> env) {
        String prop = system.getProperty(JDBC_URL_PROPERTY);
        String fromEnv = env.get(JDBC_URL_ENV);
        return (prop != null && !prop.isBlank()) || (fromEnv != null && !fromEnv.isBlank());
    }

    /**
     * Starts (initialising on first use) the embedded server whose cluster lives in {@code dir}; it
     * stops when this is closed, or at the latest when the JVM exits.
     */
    public static EmbeddedDatabase start(Path dir) throws IOException {
        return start(dir, true);
    }

    /**
     * As {@link #start(Path)}, but without the library's own JVM shutdown hook when {@code
     * stopWithTheJvm} is false: the caller then stops it in order, after what uses it (the service
     * stops it only once Quarkus has stopped, so that its shutdown still has its database).
     */
    public static EmbeddedDatabase start(Path dir, boolean stopWithTheJvm) throws IOException {
        Files.createDirectories(dir.getParent());
        stopOrphan(dir);
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "100")
                .setPGStartupWait(Duration.ofSeconds(60))
                .setRegisterShutdownHook(stopWithTheJvm)
                .start();
        return new EmbeddedDatabase(pg);
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    public String username() {
        return USER;
    }

    public int port() {
        return postgres.getPort();
    }

    /** Settings that point the Quarkus datasource at this server. */
    public Map<String, String> datasourceProperties() {
        return Map.of(
                JDBC_URL_PROPERTY, jdbcUrl(), "quarkus.datasource.username", USER, "quarkus.datasource.password", "");
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /**
     * A server left running by a previous process that was killed still holds the cluster; stop it
     * so that this start can take the cluster over. Only a live process named postgres is stopped.
     */
    public static void stopOrphan(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return;
        }
        boolean isPostgres =
                handle.get().info().command().map(c -> c.endsWith("postgres")).orElse(false);
        if (!isPostgres) {
            return;
        }
        handle.get().destroy(); // SIGTERM: smart shutdown; its clients died with the old process
        try {
            handle.get().onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("an earlier embedded PostgreSQL (pid " + pid + ") did not stop", e);
        }
    }
}
