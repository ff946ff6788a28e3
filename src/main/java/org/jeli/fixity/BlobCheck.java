package org.jeli.fixity;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.function.LongConsumer;
import org.jeli.common.Digest;
import org.jeli.storage.BlobNotFoundException;
import org.jeli.storage.BlobStore;

/** Re-reads one blob through the store and compares it with what was recorded at ingest. */
public final class BlobCheck {
    private static final int BUFFER = 1 << 20;

    private BlobCheck() {}

    /** A blob as recorded. */
    public record Recorded(String sha256, String sha512, long size) {}

    /** The outcome and a short detail (no content). */
    public record Result(FixityOutcome outcome, String detail, long bytesRead) {}

    /** A read buffer to pass to {@link #check} for a run of blobs (one allocation, not one per blob). */
    public static byte[] newBuffer() {
        return new byte[BUFFER];
    }

    /**
     * @param buffer scratch space, from {@link #newBuffer}
     * @param throttle told how many bytes were read after each buffer (it may sleep)
     */
    public static Result check(BlobStore store, Recorded blob, byte[] buffer, LongConsumer throttle) {
        MessageDigest sha256 = Digest.Algorithm.SHA256.newMessageDigest();
        MessageDigest sha512 = Digest.Algorithm.SHA512.newMessageDigest();
        long read = 0;
        try (InputStream in = store.open(Digest.parse(blob.sha256()), 0, Long.MAX_VALUE)) {
            for (int n; (n = in.readNBytes(buffer, 0, buffer.length)) > 0; ) {
                sha256.update(buffer, 0, n);
                sha512.update(buffer, 0, n);
                read += n;
                throttle.accept(n);
            }
        } catch (BlobNotFoundException e) {
            return new Result(FixityOutcome.MISSING, "nothing stored under the content address", read);
        } catch (IOException | RuntimeException e) {
            return new Result(
                    FixityOutcome.UNREADABLE,
                    "read failed after " + read + " bytes: " + e.getClass().getSimpleName(),
                    read);
        }
        String h256 = HexFormat.of().formatHex(sha256.digest());
        String h512 = HexFormat.of().formatHex(sha512.digest());
        if (read != blob.size()) {
            return new Result(FixityOutcome.CHANGED, "size " + read + ", recorded " + blob.size(), read);
        }
        if (!h256.equals(blob.sha256()) || !h512.equals(blob.sha512())) {
            return new Result(FixityOutcome.CHANGED, "sha256 now " + h256, read);
        }
        return new Result(FixityOutcome.OK, null, read);
    }
}
