package org.jeli.platform;

import io.quarkus.runtime.Application;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.jeli.metadata.tika.ParseWorkerMain;
import org.jeli.platform.backup.BackupCommand;
import org.jeli.platform.backup.RestoreCommand;
import org.jeli.verify.cli.VerifyCommand;

/**
 * Entry point of the packaged archive. Resolves the data directory, starts the embedded PostgreSQL
 * unless an external datasource is configured, then runs the service until it is stopped. With the
 * argument {@code rotate-log-key} it rotates the checkpoint signing key of a stopped archive instead
 * ({@code rotate-kek}: the key-encryption key; {@code encrypt-blobs}: encrypts blobs stored in
 * plaintext before encryption was on);
 * with {@code parse-worker} it serves the service as a metadata parser process (see
 * org.jeli.metadata.process); with {@code verify} it checks an evidence package or a receipt offline and exits.
 */
@QuarkusMain
public final class JeliMain {
    private static final long SERVICE_STOP_WAIT_MILLIS = 60_000;

    private JeliMain() {}

    public static void main(String... args) throws Exception {
        if (args.length > 0 && "parse-worker".equals(args[0])) {
            // A metadata parser process started by the service: no data directory, no database.
            System.exit(ParseWorkerMain.run());
        }
        if (args.length > 0 && "verify".equals(args[0])) {
            // Offline: no data directory, no database, no network.
            System.exit(VerifyCommand.run(List.of(args).subList(1, args.length), System.out, System.err));
        }
        Path dataDir = DataDirectory.resolve(System.getProperties(), System.getenv());
        if (args.length > 0 && "rotate-log-key".equals(args[0])) {
            System.exit(RotateLogKeyCommand.run(dataDir, System.out));
        }
        if (args.length > 0 && "rotate-kek".equals(args[0])) {
            System.exit(RotateKekCommand.run(dataDir, System.getenv(), System.out));
        }
        if (args.length > 0 && "backup".equals(args[0])) {
            System.exit(BackupCommand.backup(dataDir, rest(args), System.getenv(), System.out));
        }
        if (args.length > 0 && "backup-keys".equals(args[0])) {
            System.exit(BackupCommand.backupKeys(dataDir, rest(args), System.getenv(), System.out));
        }
        if (args.length > 0 && "restore".equals(args[0])) {
            System.exit(RestoreCommand.run(dataDir, rest(args), System.getenv(), System.out));
        }
        if (args.length > 0 && "encrypt-blobs".equals(args[0])) {
            System.exit(EncryptBlobsCommand.run(dataDir, System.getenv(), System.out));
        }
        System.setProperty(DataDirectory.PROPERTY, dataDir.toString());
        SessionKeyFile.apply(dataDir, System.getProperties(), System.getenv(), new SecureRandom());
        if (!EmbeddedDatabase.externalConfigured(System.getProperties(), System.getenv())) {
            EmbeddedDatabase db = EmbeddedDatabase.start(dataDir.resolve("postgres"), false);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAfterTheService(db), "jeli-database-stop"));
            for (Map.Entry<String, String> e : db.datasourceProperties().entrySet()) {
                System.setProperty(e.getKey(), e.getValue());
            }
            System.setProperty("jeli.database.embedded", "true");
        }
        Quarkus.run(args);
    }

    /**
     * Runs as a JVM shutdown hook, beside Quarkus's own: waits (at most a minute) until the service
     * has stopped, since its shutdown still writes (job leases, the extraction queue), then stops the
     * embedded server.
     */
    private static void stopAfterTheService(EmbeddedDatabase db) {
        Application app = Application.currentApplication();
        if (app != null) { // stopping or stopped already (also after a failed start): returns at once
            Thread waiter = new Thread(app::awaitShutdown, "jeli-await-service-stop");
            waiter.setDaemon(true);
            waiter.start();
            try {
                waiter.join(SERVICE_STOP_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            db.close();
        } catch (IOException | RuntimeException e) {
            System.err.println(
                    "stopping the embedded PostgreSQL failed: " + e.getClass().getSimpleName());
        }
    }

    private static List<String> rest(String[] args) {
        return List.of(args).subList(1, args.length);
    }
}
