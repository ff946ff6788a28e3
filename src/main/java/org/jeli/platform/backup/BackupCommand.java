package org.jeli.platform.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jeli.platform.OfflineCheck;
import org.jeli.platform.StorageLocations;

/**
 * {@code jeli backup <folder>} and {@code jeli backup-keys <folder>}, on a stopped archive.
 *
 * <p>The data backup holds the database (one consistent snapshot), the blob store's files exactly as
 * stored (ciphertext when encrypted) and the log's public keys — never a secret. The key-store
 * backup holds the wrapped data keys and the storage-name key; the key-encryption key and the log's
 * private signing keys only when asked ({@code --include-kek}, {@code --include-signing-keys}).
 * Keep the two apart: a takedown is final for old data backups once the key-store backups made
 * before it are gone. Each backup carries a {@code SHA256SUMS} that restore checks first.
 */
public final class BackupCommand {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private BackupCommand() {}

    public static int backup(Path dataDir, List<String> args, Map<String, String> env, PrintStream out)
            throws IOException, SQLException {
        if (args.size() != 1) {
            out.println("Usage: jeli backup <folder>   (the archive must be stopped)");
            return 2;
        }
        if (OfflineCheck.running(dataDir, out)) {
            return 2;
        }
        StorageLocations at = StorageLocations.of(dataDir, env);
        Path folder = Path.of(args.get(0))
                .resolve("jeli-backup-" + STAMP.format(Clock.systemUTC().instant()));
        Files.createDirectories(folder);
        Properties info = new Properties();
        try (OfflineDatabase db = OfflineDatabase.open(dataDir, env);
                Connection c = db.dataSource().getConnection()) {
            Map<String, Long> rows = DatabaseDump.dump(c, folder.resolve("db"));
            rows.forEach((table, n) -> info.setProperty("rows." + table, Long.toString(n)));
            c.setAutoCommit(true);
            newestCheckpoint(c, info);
        }
        long blobs = Copies.tree(at.root(), folder.resolve("blobs"), rel -> !rel.startsWith("tmp/"));
        Path logKeys = dataDir.resolve("keys").resolve("log");
        Copies.tree(logKeys, folder.resolve("keys/log"), rel -> !rel.endsWith(".private.pem"));
        info.setProperty("format", "1");
        info.setProperty("kind", "data");
        info.setProperty("createdAt", Clock.systemUTC().instant().toString());
        info.setProperty("blobFiles", Long.toString(blobs));
        try (Writer w = Files.newBufferedWriter(folder.resolve("backup.properties"), StandardCharsets.UTF_8)) {
            info.store(w, "Jeli data backup; no secrets");
        }
        FileManifest.write(folder);
        out.println("Data backup written to " + folder);
        out.println("  log size " + info.getProperty("logSize") + ", newest checkpoint "
                + info.getProperty("checkpointSize", "none") + ", " + blobs + " blob file(s)");
        out.println("Back up the key store separately and keep it apart: jeli backup-keys <folder>");
        return 0;
    }

    public static int backupKeys(Path dataDir, List<String> args, Map<String, String> env, PrintStream out)
            throws IOException {
        List<String> rest = new java.util.ArrayList<>(args);
        boolean kek = rest.remove("--include-kek");
        boolean signing = rest.remove("--include-signing-keys");
        if (rest.size() != 1) {
            out.println("Usage: jeli backup-keys [--include-kek] [--include-signing-keys] <folder>");
            return 2;
        }
        if (OfflineCheck.running(dataDir, out)) {
            return 2;
        }
        StorageLocations at = StorageLocations.of(dataDir, env);
        Path folder = Path.of(rest.get(0))
                .resolve("jeli-keys-" + STAMP.format(Clock.systemUTC().instant()));
        Files.createDirectories(folder);
        long keys = Copies.tree(at.dataKeyDir(), folder.resolve("data-keys"), rel -> true);
        if (Files.isRegularFile(at.nameKeyFile())) {
            Copies.file(at.nameKeyFile(), folder.resolve("blob-names.key"));
        }
        if (kek && Files.isRegularFile(at.kekFile())) {
            Copies.file(at.kekFile(), folder.resolve("kek"));
        }
        if (signing) {
            Copies.tree(
                    dataDir.resolve("keys").resolve("log"), folder.resolve("log"), rel -> rel.endsWith(".private.pem"));
        }
        Properties info = new Properties();
        info.setProperty("format", "1");
        info.setProperty("kind", "keys");
        info.setProperty("createdAt", Clock.systemUTC().instant().toString());
        info.setProperty("dataKeys", Long.toString(keys));
        info.setProperty("includesKek", Boolean.toString(kek && Files.isRegularFile(at.kekFile())));
        info.setProperty("includesSigningKeys", Boolean.toString(signing));
        try (Writer w = Files.newBufferedWriter(folder.resolve("backup.properties"), StandardCharsets.UTF_8)) {
            info.store(w, "Jeli key-store backup: SECRET, keep apart from data backups");
        }
        FileManifest.write(folder);
        out.println("Key-store backup written to " + folder + " (" + keys + " data key(s)"
                + (kek ? ", with the KEK" : ", without the KEK") + (signing ? ", with the signing keys" : "") + ")");
        out.println("It is secret. Keep it apart from the data backups, with a short, known retention.");
        return 0;
    }

    private static void newestCheckpoint(Connection c, Properties info) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select count(*) from log_entries");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            info.setProperty("logSize", Long.toString(rs.getLong(1)));
        }
        try (PreparedStatement ps =
                        c.prepareStatement("select size, note from log_checkpoints order by size desc limit 1");
                ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                info.setProperty("checkpointSize", Long.toString(rs.getLong(1)));
                info.setProperty("checkpointNote", rs.getString(2));
            }
        }
    }
}
