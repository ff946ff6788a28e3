package org.jeli.platform;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import org.jeli.storage.filesystem.BlobNameKey;
import org.jeli.storage.filesystem.DataKeys;
import org.jeli.storage.filesystem.Encryption;
import org.jeli.storage.filesystem.KekFiles;
import org.jeli.storage.filesystem.PlaintextMigration;

/**
 * {@code jeli encrypt-blobs}: encrypts the blobs a stopped archive still holds in plaintext (stored
 * before encryption was on). Resumable: run it again after an interruption; it continues with what
 * is left. Each blob's plaintext is removed only after its encrypted copy decrypted to the expected
 * hash and its data key is durable.
 */
final class EncryptBlobsCommand {
    private EncryptBlobsCommand() {}

    static int run(Path dataDir, Map<String, String> env, PrintStream out) throws IOException {
        StorageLocations at = StorageLocations.of(dataDir, env);
        if (!Files.isDirectory(at.root().resolve("objects")) || !Files.isRegularFile(at.nameKeyFile())) {
            out.println("No blob store in " + at.root() + ": nothing to encrypt.");
            return 2;
        }
        if (OfflineCheck.running(dataDir, out)) {
            return 2;
        }
        SecureRandom random = new SecureRandom();
        DataKeys keys = new DataKeys(at.dataKeyDir(), KekFiles.load(at.kek(), at.kekFile(), random), random);
        keys.checkKekMatches();
        byte[] nameKey = BlobNameKey.loadOrCreate(at.nameKeyFile(), random);
        out.println("Encrypting plaintext blobs in " + at.root() + " (KEK " + keys.currentKekId() + ")");
        PlaintextMigration.Report report =
                PlaintextMigration.run(at.root(), nameKey, Encryption.withDefaults(keys, random), out);
        out.println("Encrypted " + report.encrypted() + " blob(s); finished " + report.finished()
                + " left by an interrupted run; " + report.damaged() + " damaged blob(s) left in plaintext.");
        return report.damaged() == 0 ? 0 : 1;
    }
}
