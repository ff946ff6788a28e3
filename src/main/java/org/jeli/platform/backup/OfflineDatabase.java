package org.jeli.platform.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.jeli.platform.EmbeddedDatabase;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The archive's database for an offline command: the embedded PostgreSQL of the data directory
 * (started for the command and stopped after), or the external one the environment configures.
 */
final class OfflineDatabase implements AutoCloseable {
    private final EmbeddedDatabase embedded;
    private final PGSimpleDataSource dataSource;

    private OfflineDatabase(EmbeddedDatabase embedded, PGSimpleDataSource dataSource) {
        this.embedded = embedded;
        this.dataSource = dataSource;
    }

    static OfflineDatabase open(Path dataDir, Map<String, String> env) throws IOException {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        String url = env.get("QUARKUS_DATASOURCE_JDBC_URL");
        if (url != null && !url.isBlank()) {
            ds.setURL(url);
            ds.setUser(env.getOrDefault("QUARKUS_DATASOURCE_USERNAME", ""));
            ds.setPassword(env.getOrDefault("QUARKUS_DATASOURCE_PASSWORD", ""));
            return new OfflineDatabase(null, ds);
        }
        EmbeddedDatabase db = EmbeddedDatabase.start(dataDir.resolve("postgres"));
        ds.setURL(db.jdbcUrl());
        ds.setUser(db.username());
        return new OfflineDatabase(db, ds);
    }

    PGSimpleDataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
