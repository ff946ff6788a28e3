package org.jeli.viewer.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import org.jeli.access.Action;
import org.jeli.ingest.ItemDetails;
import org.jeli.ingest.web.AccessLog;
import org.jeli.ingest.web.ByteRange;
import org.jeli.ingest.web.ItemAccess;
import org.jeli.viewer.Derivative;
import org.jeli.viewer.DerivativeKind;
import org.jeli.viewer.Derivatives;
import org.jeli.viewer.NoDerivativeException;

/**
 * {@code GET /api/items/{id}/thumbnail} and {@code /preview}: derivatives without metadata, made on
 * first request, for whoever may view the item inline (viewers included). Always {@code inline},
 * never cached ({@code Cache-Control: no-store} like all of {@code /api}); previews support ranges
 * so that video seeks. Watching a preview from its start is logged as {@code item.viewed}.
 */
@Path("/api/items/{id}")
@RolesAllowed({"admin", "archivist", "investigator", "viewer"})
public class DerivativeResource {
    private static final int BUFFER = 256 * 1024;
    private final ItemAccess access;
    private final Derivatives derivatives;
    private final AccessLog accessLog;

    public DerivativeResource(ItemAccess access, Derivatives derivatives, AccessLog accessLog) {
        this.access = access;
        this.derivatives = derivatives;
        this.accessLog = accessLog;
    }

    @GET
    @Path("thumbnail")
    public Response thumbnail(@PathParam("id") String id) throws IOException {
        return serve(id, DerivativeKind.THUMBNAIL, null);
    }

    @GET
    @Path("preview")
    public Response preview(@PathParam("id") String id, @HeaderParam("Range") String range) throws IOException {
        return serve(id, DerivativeKind.PREVIEW, range);
    }

    private Response serve(String id, DerivativeKind kind, String rangeHeader) throws IOException {
        ItemAccess.Granted granted = access.authorize(id, Action.VIEW_INLINE);
        ItemDetails item = granted.item();
        Derivative d = derivatives.get(item, kind, granted.user().id());
        if (!d.ready()) {
            throw new NoDerivativeException(kind, d.reason());
        }
        Optional<ByteRange> range = ByteRange.parse(rangeHeader, d.size());
        long offset = range.map(ByteRange::first).orElse(0L);
        long length = range.map(ByteRange::length).orElse(d.size());
        Response.ResponseBuilder rb = range.isPresent() ? Response.status(206) : Response.ok();
        range.ifPresent(r -> rb.header("Content-Range", r.contentRange(d.size())));
        InputStream in = derivatives.open(d, offset, length);
        if (kind == DerivativeKind.PREVIEW && offset == 0) {
            try {
                accessLog.record("item.viewed", item, Map.of("derivative", kind.label()));
            } catch (RuntimeException e) {
                in.close();
                throw e;
            }
        }
        return rb.type(d.mediaType())
                .header("Content-Length", length)
                .header("Accept-Ranges", "bytes")
                .header("ETag", "\"" + d.sha256() + "\"")
                .header("Content-Disposition", "inline; filename=\"" + item.id() + "-" + kind.label() + "\"")
                .entity((StreamingOutput) out -> {
                    try (in) {
                        byte[] buf = new byte[BUFFER];
                        for (int n; (n = in.read(buf)) > 0; ) {
                            out.write(buf, 0, n);
                        }
                    }
                })
                .build();
    }
}
