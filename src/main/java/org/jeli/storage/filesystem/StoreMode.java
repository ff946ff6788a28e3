package org.jeli.storage.filesystem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The marker {@code root/ENCRYPTED} records that a store encrypts its new blobs. Once there, opening
 * the store with encryption off is refused, so a configuration mistake cannot quietly start writing
 * plaintext into an encrypted archive. A store without the marker (plaintext, or from before
 * encryption) gains it the first time it is opened with encryption on.
 */
final class StoreMode {
    static final String MARKER = "ENCRYPTED";
    private static final String TEXT =
            "New blobs in this store are encrypted (AES-256-GCM, one data key per blob; see docs/adr/0013).\n";

    private StoreMode() {}

    static void check(Path root, boolean encrypting) throws IOException {
        Path marker = root.resolve(MARKER);
        boolean marked = Files.exists(marker);
        if (encrypting && !marked) {
            SecretFiles.write(marker, TEXT.getBytes(StandardCharsets.US_ASCII), true);
        } else if (!encrypting && marked) {
            throw new IllegalStateException(
                    "the blob store at " + root + " encrypts new blobs; it cannot be opened with encryption off");
        }
    }
}
