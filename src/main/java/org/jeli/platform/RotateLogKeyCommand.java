package org.jeli.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Properties;
import org.jeli.provenance.checkpoint.SigningKey;
import org.jeli.provenance.checkpoint.SigningKeyStore;

/**
 * {@code jeli rotate-log-key}: rotates the checkpoint signing key in the data directory while the
 * archive is stopped (use {@code POST /api/log/keys/rotate} while it runs). The new key signs from
 * the next start on, which records it in the log as {@code key.activated}; the retired key stays
 * published with its validity.
 */
final class RotateLogKeyCommand {
    private RotateLogKeyCommand() {}

    static int run(Path dataDir, PrintStream out) throws IOException {
        Path keys = dataDir.resolve("keys").resolve("log");
        Path manifest = keys.resolve("keys.properties");
        if (!Files.isRegularFile(manifest)) {
            out.println("No signing keys in " + keys + ": start the archive once first.");
            return 2;
        }
        if (Files.exists(dataDir.resolve("postgres").resolve("postmaster.pid"))) {
            out.println("The archive seems to be running (its database is). Stop it, or rotate with"
                    + " POST /api/log/keys/rotate while it runs.");
            return 2;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(manifest)) {
            p.load(in);
        }
        String name = p.getProperty("key.1.name");
        SigningKeyStore store = SigningKeyStore.open(keys, name, new SecureRandom(), Clock.systemUTC());
        String previous = store.current().keyIdHex();
        SigningKey next = store.rotate(Clock.systemUTC().instant());
        out.println("Retired signing key " + previous + "; the new key signs from the next start:");
        out.println("    " + next.verifierKey());
        out.println("Publish this verifier key where outsiders can compare it.");
        return 0;
    }
}
