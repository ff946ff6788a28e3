package org.jeli.ingest.tus;

import org.jeli.common.JeliException;

/**
 * A tus request the server refuses: the status and stable code the protocol prescribes (409 offset
 * mismatch, 412 unsupported version, 415 wrong content type, 423 upload in use, 460 checksum
 * mismatch, 429/413 per-user limits...). The message is a safe sentence for the problem detail.
 */
public class TusException extends JeliException {
    private final int status;
    private final String code;
    private final String title;

    public TusException(int status, String code, String title, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    static TusException offsetMismatch(long expected) {
        return new TusException(
                409,
                "upload-offset-mismatch",
                "Upload-Offset does not match",
                "The upload is at offset " + expected + "; ask with HEAD and resume from there.");
    }

    static TusException checksumMismatch() {
        return new TusException(
                460,
                "checksum-mismatch",
                "Checksum Mismatch",
                "The chunk's bytes do not match Upload-Checksum; they were discarded and the offset is unchanged.");
    }

    static TusException locked() {
        return new TusException(
                423,
                "upload-locked",
                "The upload is busy",
                "Another request is writing to this upload; retry shortly.");
    }

    static TusException expired() {
        return new TusException(410, "upload-expired", "The upload expired", "Its bytes were or will be removed.");
    }

    static TusException tooManyOpen(int max) {
        return new TusException(
                429,
                "too-many-uploads",
                "Too many unfinished uploads",
                "At most " + max + " unfinished uploads per user; finish or terminate one first.");
    }

    static TusException tooManyBytes(long max) {
        return new TusException(
                413,
                "uploads-too-large",
                "Too many bytes in unfinished uploads",
                "At most " + max + " bytes of unfinished uploads per user; finish or terminate one first.");
    }

    static TusException exceedsLength() {
        return new TusException(
                413,
                "upload-exceeds-length",
                "More bytes than Upload-Length",
                "The chunk goes past the upload's declared length; it was discarded.");
    }

    public static TusException badRequest(String code, String detail) {
        return new TusException(400, code, "Bad tus request", detail);
    }
}
