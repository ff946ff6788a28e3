package org.jeli.platform;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import java.util.Map;

/**
 * Entry point of the packaged archive. Resolves the data directory, starts the embedded PostgreSQL
 * unless an external datasource is configured, then runs the service until it is stopped.
 */
@QuarkusMain
public final class JeliMain {
    private JeliMain() {}

    public static void main(String... args) throws Exception {
        Path dataDir = DataDirectory.resolve(System.getProperties(), System.getenv());
        System.setProperty(DataDirectory.PROPERTY, dataDir.toString());
        if (!EmbeddedDatabase.externalConfigured(System.getProperties(), System.getenv())) {
            EmbeddedDatabase db = EmbeddedDatabase.start(dataDir.resolve("postgres"));
            for (Map.Entry<String, String> e : db.datasourceProperties().entrySet()) {
                System.setProperty(e.getKey(), e.getValue());
            }
            System.setProperty("jeli.database.embedded", "true");
        }
        Quarkus.run(args);
    }
}
