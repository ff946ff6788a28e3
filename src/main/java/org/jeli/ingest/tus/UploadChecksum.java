package org.jeli.ingest.tus;

import java.util.Base64;
import java.util.Locale;

/** The tus checksum extension's {@code Upload-Checksum: <algorithm> <base64>}; only sha256. */
final class UploadChecksum {
    static final String ALGORITHM = "sha256";

    private UploadChecksum() {}

    static byte[] parse(String header) {
        String h = header.strip();
        int space = h.indexOf(' ');
        String algorithm = space < 0 ? h : h.substring(0, space);
        if (!ALGORITHM.equals(algorithm.toLowerCase(Locale.ROOT))) {
            throw TusException.badRequest(
                    "checksum-algorithm-unsupported", "Upload-Checksum supports only sha256 (Tus-Checksum-Algorithm).");
        }
        try {
            byte[] hash = Base64.getDecoder().decode(h.substring(space + 1).strip());
            if (hash.length == 32) {
                return hash;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw TusException.badRequest("checksum-invalid", "Upload-Checksum must be 'sha256 <base64 of 32 bytes>'.");
    }
}
