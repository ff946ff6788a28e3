package org.jeli.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import javax.sql.DataSource;
import org.jeli.fixity.BlobCheck;
import org.jeli.fixity.FixityOutcome;
import org.jeli.platform.StorageLocations;
import org.jeli.provenance.AuditProblem;
import org.jeli.provenance.AuditReport;
import org.jeli.provenance.CheckpointKeys;
import org.jeli.provenance.LogAuditor;
import org.jeli.provenance.checkpoint.Checkpoint;
import org.jeli.provenance.checkpoint.CheckpointVerification;
import org.jeli.provenance.checkpoint.NoteVerification;
import org.jeli.provenance.checkpoint.NoteVerifier;
import org.jeli.provenance.jdbc.JdbcCheckpoints;
import org.jeli.provenance.jdbc.JdbcProofs;
import org.jeli.storage.BlobStore;
import org.jeli.storage.filesystem.BlobNameKey;
import org.jeli.storage.filesystem.DataKeys;
import org.jeli.storage.filesystem.Encryption;
import org.jeli.storage.filesystem.FileSystemBlobStore;
import org.jeli.storage.filesystem.KekFiles;

/** Proves a restored archive: the log replayed, every blob re-read, no rollback, no fork. */
final class RestoreVerification {
    private final DataSource dataSource;
    private final Path dataDir;
    private final StorageLocations at;
    private final Map<String, String> env;

    RestoreVerification(DataSource dataSource, Path dataDir, StorageLocations at, Map<String, String> env) {
        this.dataSource = dataSource;
        this.dataDir = dataDir;
        this.at = at;
        this.env = env;
    }

    /** What was checked and what failed. */
    record Verdict(long entries, int checkpoints, long blobsChecked, List<String> problems) {
        boolean ok() {
            return problems.isEmpty();
        }

        void print(PrintStream out) {
            out.println("Log: " + entries + " entries replayed, " + checkpoints + " checkpoint(s) re-checked.");
            out.println("Blobs: " + blobsChecked + " re-read and hashed.");
            if (ok()) {
                out.println("RESTORE VERIFIED: every entry, checkpoint signature and blob hash checks out.");
            } else {
                problems.stream().limit(50).forEach(p -> out.println("  PROBLEM " + p));
                out.println("RESTORE NOT VERIFIED: " + problems.size() + " problem(s).");
            }
        }
    }

    Verdict verify(Properties backup, String publishedCheckpoint) throws IOException, SQLException {
        List<String> problems = new ArrayList<>();
        OfflineKeys keys = OfflineKeys.load(dataDir.resolve("keys").resolve("log"), origin());
        AuditReport audit = new LogAuditor(dataSource, new JdbcCheckpoints(), keys, Clock.systemUTC()).audit();
        for (AuditProblem p : audit.problems()) {
            problems.add("log " + p.code() + " at entry " + p.index() + " / checkpoint " + p.checkpointSize());
        }
        long entries = audit.entriesChecked();
        long recorded = Long.parseLong(backup.getProperty("logSize", "-1"));
        if (recorded != entries) {
            problems.add("the backup recorded " + recorded + " log entries; " + entries + " were restored");
        }
        if (publishedCheckpoint != null) {
            rollbackOrFork(keys, publishedCheckpoint, entries, problems);
        }
        long blobs = checkBlobs(problems);
        return new Verdict(entries, audit.checkpointsChecked(), blobs, problems);
    }

    private void rollbackOrFork(OfflineKeys keys, String note, long entries, List<String> problems)
            throws SQLException {
        CheckpointVerification v = keys.verifier().verifyCheckpoint(note, keys.origin());
        if (!v.isValid()) {
            problems.add("the published checkpoint does not verify with the log's keys: " + v.status());
            return;
        }
        Checkpoint published = v.checkpoint();
        if (published.size() > entries) {
            problems.add("ROLLBACK: the backup holds " + entries + " entries, but a checkpoint of size "
                    + published.size() + " was published: this backup is older than the log it restores");
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            byte[] root = new JdbcProofs().root(c, published.size());
            if (!MessageDigest.isEqual(root, published.rootHash())) {
                problems.add("FORK: the restored log's root at size " + published.size()
                        + " differs from the published checkpoint");
            }
        }
    }

    private long checkBlobs(List<String> problems) throws IOException, SQLException {
        BlobStore store = openStore(problems);
        if (store == null) {
            return 0;
        }
        Set<String> destroyed = new HashSet<>();
        byte[] buffer = BlobCheck.newBuffer();
        long n = 0;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(
                            "select blob_sha256 from takedowns where content_destroyed_at is not null");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    destroyed.add(rs.getString(1));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select sha256, sha512, size from blobs order by sha256");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (destroyed.contains(rs.getString(1))) {
                        continue;
                    }
                    BlobCheck.Result r = BlobCheck.check(
                            store,
                            new BlobCheck.Recorded(rs.getString(1), rs.getString(2), rs.getLong(3)),
                            buffer,
                            b -> {});
                    n++;
                    if (r.outcome() != FixityOutcome.OK) {
                        problems.add("blob " + rs.getString(1) + " " + r.outcome() + ": " + r.detail());
                    }
                }
            }
        }
        return n;
    }

    private BlobStore openStore(List<String> problems) throws IOException {
        if (!Files.isRegularFile(at.nameKeyFile())) {
            problems.add("the storage-name key is missing: restore the key-store backup too (--keys)");
            return null;
        }
        SecureRandom random = new SecureRandom();
        byte[] nameKey = BlobNameKey.loadOrCreate(at.nameKeyFile(), random);
        if (!Files.exists(at.root().resolve("ENCRYPTED"))) {
            return new FileSystemBlobStore(at.root(), nameKey);
        }
        if (at.kek().isEmpty() && !Files.isRegularFile(at.kekFile())) {
            problems.add("the key-encryption key is missing: set JELI_STORAGE_KEK or place it at " + at.kekFile());
            return null;
        }
        DataKeys keys = new DataKeys(at.dataKeyDir(), KekFiles.load(at.kek(), at.kekFile(), random), random);
        return new FileSystemBlobStore(at.root(), nameKey, Encryption.withDefaults(keys, random));
    }

    private String origin() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select origin from log_origin where id = 1");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    /** The log's public keys from {@code keys.properties}, to check checkpoints without the service. */
    record OfflineKeys(String origin, NoteVerifier verifier) implements CheckpointKeys {
        static OfflineKeys load(Path dir, String origin) throws IOException {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(dir.resolve("keys.properties"))) {
                p.load(in);
            }
            List<String> vkeys = new ArrayList<>();
            for (int i = 1; p.containsKey("key." + i + ".verifierKey"); i++) {
                vkeys.add(p.getProperty("key." + i + ".verifierKey"));
            }
            return new OfflineKeys(origin, NoteVerifier.fromVerifierKeys(vkeys));
        }

        @Override
        public boolean verifies(String signedNote, String expectedText) {
            NoteVerification v = verifier.verify(signedNote);
            return v.isValid() && v.noteText().equals(expectedText);
        }
    }
}
