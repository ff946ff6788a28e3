package org.jeli.platform.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.jeli.platform.StorageLocations;

/**
 * {@code jeli restore <data backup> [--keys <key-store backup>] [--checkpoint <signed note>]}:
 * restores into an empty data directory, then proves the result: the backup's {@code SHA256SUMS}
 * first (a tampered backup is refused before anything is written), then after loading, the whole
 * log replayed (every entry hash, the hash chain, every checkpoint's root and signature), every
 * blob re-read and hashed, and — given the newest checkpoint published elsewhere — a check that the
 * backup is not older than it (a rollback) nor a different history (a fork). Exit code 0 only
 * when all of that holds.
 */
public final class RestoreCommand {
    private RestoreCommand() {}

    public static int run(Path dataDir, List<String> args, Map<String, String> env, PrintStream out)
            throws IOException, SQLException {
        List<String> rest = new ArrayList<>(args);
        Path keys = option(rest, "--keys");
        Path checkpoint = option(rest, "--checkpoint");
        if (rest.size() != 1) {
            out.println("Usage: jeli restore <data backup> [--keys <key-store backup>] [--checkpoint <signed note>]");
            return 2;
        }
        Path backup = Path.of(rest.get(0));
        if (Files.exists(dataDir.resolve("postgres"))) {
            out.println("Restore needs an empty data directory; " + dataDir + " already holds a database.");
            return 2;
        }
        if (!tamperFree(backup, "data backup", out) || (keys != null && !tamperFree(keys, "key-store backup", out))) {
            out.println("RESTORE REFUSED: the backup was changed after it was made. Nothing was restored.");
            return 1;
        }
        Properties info = properties(backup);
        StorageLocations at = StorageLocations.of(dataDir, env);
        Copies.tree(backup.resolve("blobs"), at.root(), rel -> true);
        Copies.tree(backup.resolve("keys/log"), dataDir.resolve("keys").resolve("log"), rel -> true);
        if (keys != null) {
            Copies.tree(keys.resolve("data-keys"), at.dataKeyDir(), rel -> true);
            copyIfPresent(keys.resolve("blob-names.key"), at.nameKeyFile());
            copyIfPresent(keys.resolve("kek"), at.kekFile());
            Copies.tree(keys.resolve("log"), dataDir.resolve("keys").resolve("log"), rel -> true);
        }
        try (OfflineDatabase db = OfflineDatabase.open(dataDir, env)) {
            Flyway.configure()
                    .dataSource(db.dataSource())
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            try (Connection c = db.dataSource().getConnection()) {
                Map<String, Long> rows = DatabaseDump.load(c, backup.resolve("db"));
                out.println("Restored "
                        + rows.values().stream().mapToLong(Long::longValue).sum() + " rows in " + rows.size()
                        + " tables, and the blob store, into " + dataDir);
            }
            RestoreVerification.Verdict v = new RestoreVerification(db.dataSource(), dataDir, at, env)
                    .verify(info, checkpoint == null ? null : Files.readString(checkpoint, StandardCharsets.UTF_8));
            v.print(out);
            return v.ok() ? 0 : 1;
        }
    }

    private static boolean tamperFree(Path dir, String what, PrintStream out) throws IOException {
        List<String> problems = FileManifest.check(dir);
        if (problems.isEmpty()) {
            out.println("The " + what + " is intact (" + FileManifest.NAME + " verified).");
            return true;
        }
        out.println("The " + what + " differs from its " + FileManifest.NAME + ":");
        problems.stream().limit(20).forEach(p -> out.println("  " + p));
        return false;
    }

    private static Properties properties(Path backup) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(backup.resolve("backup.properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        if (!"data".equals(p.getProperty("kind"))) {
            throw new IOException("not a Jeli data backup");
        }
        return p;
    }

    private static void copyIfPresent(Path from, Path to) throws IOException {
        if (Files.isRegularFile(from)) {
            Copies.file(from, to);
        }
    }

    private static Path option(List<String> args, String name) {
        int i = args.indexOf(name);
        if (i < 0 || i + 1 >= args.size()) {
            return null;
        }
        Path value = Path.of(args.get(i + 1));
        args.remove(i + 1);
        args.remove(i);
        return value;
    }
}
