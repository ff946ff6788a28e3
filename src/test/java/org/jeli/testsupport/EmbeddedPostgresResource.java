package org.jeli.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jeli.platform.EmbeddedDatabase;

/**
 * Starts one embedded PostgreSQL for the test JVM (the same code the launcher uses) and gives each
 * Quarkus start a fresh data directory. There is no Docker here, so no Dev Services.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {
    private static EmbeddedDatabase database;

    static synchronized EmbeddedDatabase database() {
        if (database == null) {
            try {
                Path dir = Files.createTempDirectory("jeli-test-pg");
                database = EmbeddedDatabase.start(dir.resolve("postgres"));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        database.close();
                    } catch (IOException ignored) {
                        // the JVM is exiting
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return database;
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(database().datasourceProperties());
        try {
            config.put(
                    "jeli.data-dir", Files.createTempDirectory("jeli-test-data").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return config;
    }

    @Override
    public void stop() {
        // the database lives for the whole test JVM
    }
}
