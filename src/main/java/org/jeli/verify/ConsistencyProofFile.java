package org.jeli.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;

/**
 * A consistency proof as JSON, in the shape {@code GET /api/log/proof/consistency} serves and a
 * package carries: {@code size1}, {@code size2} and {@code proof} (base64 hashes). Other members
 * ({@code root1}, {@code root2}) are ignored: the roots that count are the signed ones.
 */
public record ConsistencyProofFile(long size1, long size2, List<byte[]> hashes) {
    /** Largest proof file read. */
    public static final int MAX_BYTES = 1 << 20;

    public ConsistencyProofFile {
        hashes = List.copyOf(hashes);
    }

    /** @throws IOException naming what is wrong when the bytes are not such a proof */
    public static ConsistencyProofFile parse(byte[] bytes) throws IOException {
        if (bytes.length > MAX_BYTES) {
            throw new IOException("larger than " + MAX_BYTES + " bytes");
        }
        JsonNode json = PackageJson.parse(bytes);
        long size1 = PackageJson.number(json, "size1");
        long size2 = PackageJson.number(json, "size2");
        if (size1 < 0 || size2 < 0) {
            throw new IOException("sizes must not be negative");
        }
        return new ConsistencyProofFile(size1, size2, PackageJson.hashes(json, "proof"));
    }
}
