package org.jeli.ingest.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jeli.access.Action;
import org.jeli.common.Digest;
import org.jeli.ingest.ItemDetails;
import org.jeli.storage.BlobStore;

/**
 * {@code GET /api/items/{id}/content}: the original bytes, with HTTP range support so that video
 * can seek. Only passive media types are offered inline; anything else (HTML, SVG, scripts,
 * documents) is sent as an attachment, and the API's sandboxing CSP applies to every response.
 */
@Path("/api/items/{id}/content")
@RolesAllowed({"admin", "archivist", "investigator", "viewer"})
public class ItemContentResource {
    private static final Set<String> INLINE_PREFIXES = Set.of("video/", "audio/");
    private static final Set<String> INLINE_IMAGES =
            Set.of("image/jpeg", "image/png", "image/gif", "image/webp", "image/avif", "image/heic", "image/bmp");
    private static final int BUFFER = 256 * 1024;

    private final ItemAccess access;
    private final BlobStore blobs;
    private final AccessLog accessLog;

    public ItemContentResource(ItemAccess access, BlobStore blobs, AccessLog accessLog) {
        this.access = access;
        this.blobs = blobs;
        this.accessLog = accessLog;
    }

    @HEAD
    public Response head(
            @PathParam("id") String id, @HeaderParam("Range") String range, @QueryParam("download") String download)
            throws IOException {
        boolean attachment = wantsAttachment(download);
        return respond(authorize(id, attachment), range, false, attachment);
    }

    @GET
    public Response content(
            @PathParam("id") String id, @HeaderParam("Range") String range, @QueryParam("download") String download)
            throws IOException {
        boolean attachment = wantsAttachment(download);
        return respond(authorize(id, attachment), range, true, attachment);
    }

    /** {@code ?download=1} (or {@code true}) asks for the original as a file to keep. */
    private static boolean wantsAttachment(String download) {
        return "1".equals(download) || "true".equalsIgnoreCase(download);
    }

    /**
     * Passive media shown inline needs VIEW_INLINE (viewers may); anything served as an attachment,
     * including passive media asked for with {@code ?download=1}, is a download of the original and
     * needs DOWNLOAD_ORIGINAL (investigators; viewers and archivists get 403).
     */
    private ItemDetails authorize(String id, boolean attachment) {
        return access.authorize(
                        id,
                        item -> !attachment && "inline".equals(disposition(item.mediaType()))
                                ? Action.VIEW_INLINE
                                : Action.DOWNLOAD_ORIGINAL)
                .item();
    }

    private Response respond(ItemDetails item, String rangeHeader, boolean withBody, boolean attachment)
            throws IOException {
        long size = item.size();
        Optional<ByteRange> range = ByteRange.parse(rangeHeader, size);
        long offset = range.map(ByteRange::first).orElse(0L);
        long length = range.map(ByteRange::length).orElse(size);
        Response.ResponseBuilder rb = range.isPresent() ? Response.status(206) : Response.ok();
        range.ifPresent(r -> rb.header("Content-Range", r.contentRange(size)));
        String type = item.mediaType();
        rb.type(type)
                .header("Content-Length", length)
                .header("Accept-Ranges", "bytes")
                .header("ETag", "\"" + item.sha256() + "\"")
                .header(
                        "Content-Disposition",
                        (attachment ? "attachment" : disposition(type)) + "; filename=\"" + item.id() + "\"");
        if (withBody) {
            // Opened before the response starts: an integrity failure of the first needed segment is
            // a problem response, never bytes; a later one aborts the transfer short of its length.
            InputStream in = blobs.open(Digest.parse(item.sha256()), offset, length);
            try {
                // One entry per reading, not per seek: range requests that start past byte 0 continue one.
                if (offset == 0) {
                    accessLog.record(
                            "item.downloaded",
                            item,
                            range.isPresent() ? Map.of("range", range.get().contentRange(size)) : Map.of());
                }
            } catch (RuntimeException e) {
                closeQuietly(in);
                throw e;
            }
            rb.entity((StreamingOutput) out -> {
                try (in) {
                    byte[] buf = new byte[BUFFER];
                    for (int n; (n = in.read(buf)) > 0; ) {
                        out.write(buf, 0, n);
                    }
                }
            });
        }
        return rb.build();
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing was sent
        }
    }

    static String disposition(String type) {
        String t = type == null ? "" : type.toLowerCase(java.util.Locale.ROOT);
        boolean inline = INLINE_IMAGES.contains(t) || INLINE_PREFIXES.stream().anyMatch(t::startsWith);
        return inline ? "inline" : "attachment";
    }
}
