package org.jeli.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
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

    private static int databases;

    /**
     * Each Quarkus start (each test profile) gets its own database, so the global provenance log of
     * one profile's tests never sees another's (tamper tests break their own log only).
     */
    @Override
    public Map<String, String> start() {
        EmbeddedDatabase db = database();
        String name;
        synchronized (EmbeddedPostgresResource.class) {
            name = "jeli_test_" + (++databases);
        }
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), "");
                Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database", e);
        }
        Map<String, String> config = new HashMap<>(db.datasourceProperties());
        config.put("quarkus.datasource.jdbc.url", db.jdbcUrl().replace("/postgres?", "/" + name + "?"));
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
