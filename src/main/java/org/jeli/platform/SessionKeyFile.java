package org.jeli.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;

/**
 * The key that encrypts web session cookies ({@value #PROPERTY}). Taken from the environment
 * ({@code QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY}) or a system property when set; otherwise read
 * from {@code keys/session.key} in the data directory, created at first start (256 random bits,
 * base64, owner-only {@code rw-------}), so that sessions survive restarts. Never logged.
 */
final class SessionKeyFile {
    static final String PROPERTY = "quarkus.http.auth.session.encryption-key";
    static final String ENV = "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY";

    private SessionKeyFile() {}

    /** Sets {@value #PROPERTY} from the key file unless the key is configured already. */
    static void apply(Path dataDir, Properties system, Map<String, String> env, SecureRandom random)
            throws IOException {
        if (system.getProperty(PROPERTY) != null || env.get(ENV) != null) {
            return;
        }
        system.setProperty(PROPERTY, loadOrCreate(dataDir.resolve("keys").resolve("session.key"), random));
    }

    static String loadOrCreate(Path file, SecureRandom random) throws IOException {
        if (Files.exists(file)) {
            String key = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (key.length() < 32) {
                throw new IllegalStateException("the session key file holds too short a key");
            }
            return key;
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String key = Base64.getEncoder().encodeToString(bytes);
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".session-key-", ".tmp", ownerOnly(dir));
        try {
            Files.writeString(tmp, key, StandardCharsets.US_ASCII);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return key;
    }

    private static FileAttribute<?>[] ownerOnly(Path dir) {
        if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
        };
    }
}
