package org.jeli.ingest.tus.web;

import jakarta.ws.rs.core.Response;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jeli.ingest.tus.TusException;
import org.jeli.ingest.tus.TusUploads;
import org.jeli.ingest.tus.Upload;

/** The tus protocol headers Jeli sends and reads. */
public final class TusHeaders {
    public static final String RESUMABLE = "Tus-Resumable";
    public static final String VERSION = "1.0.0";
    public static final String EXTENSIONS = "creation,creation-with-upload,termination,checksum,expiration";
    /** The id of the item a completed upload became. */
    public static final String ITEM = "Jeli-Item";

    private TusHeaders() {}

    static Response.ResponseBuilder options(long maxSize) {
        return Response.noContent()
                .header(RESUMABLE, VERSION)
                .header("Tus-Version", VERSION)
                .header("Tus-Extension", EXTENSIONS)
                .header("Tus-Max-Size", maxSize)
                .header("Tus-Checksum-Algorithm", "sha256");
    }

    static void requireVersion(String version) {
        if (!VERSION.equals(version == null ? null : version.strip())) {
            throw new TusException(
                    412, "tus-version-unsupported", "Precondition Failed", "Send Tus-Resumable: " + VERSION + ".");
        }
    }

    static long number(String header, String value) {
        try {
            long n = Long.parseLong(value == null ? "" : value.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw TusException.badRequest(
                header.toLowerCase(java.util.Locale.ROOT) + "-invalid", header + " must be a non-negative integer.");
    }

    static Response.ResponseBuilder progress(Response.ResponseBuilder r, TusUploads.Progress p) {
        Upload u = p.upload();
        r.header(RESUMABLE, VERSION).header("Upload-Offset", u.offset()).header("Cache-Control", "no-store");
        if (u.complete()) {
            r.header(ITEM, u.itemId().toString()).header("Link", "</api/items/" + u.itemId() + ">; rel=\"item\"");
        } else if (p.receipt() != null) {
            String item = p.receipt().recorded().itemId().toString();
            r.header(ITEM, item).header("Link", "</api/items/" + item + ">; rel=\"item\"");
        } else {
            r.header(
                    "Upload-Expires",
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(u.expiresAt().atOffset(ZoneOffset.UTC)));
        }
        return r;
    }
}
