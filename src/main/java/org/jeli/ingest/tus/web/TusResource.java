package org.jeli.ingest.tus.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;
import org.jeli.access.CurrentUser;
import org.jeli.access.quarkus.CurrentUsers;
import org.jeli.ingest.IngestConfig;
import org.jeli.ingest.tus.TusException;
import org.jeli.ingest.tus.TusUploads;
import org.jeli.ingest.tus.Upload;
import org.jeli.ingest.tus.UploadNotFoundException;
import org.jeli.limits.ConcurrencyLimiter.Permit;
import org.jeli.limits.RequestLimits;

/**
 * {@code /api/uploads}: a tus 1.0.0 server (core, creation, creation-with-upload, termination,
 * checksum with sha256, expiration). Authentication and authorisation as for {@code POST
 * /api/items}; an upload is visible to its creator only.
 */
@Path("/api/uploads")
@RolesAllowed({"admin", "archivist", "investigator", "viewer"}) // the membership decides
public class TusResource {
    static final String CHUNK_TYPE = "application/offset+octet-stream";

    private final TusUploads uploads;
    private final IngestConfig ingestConfig;
    private final SecurityIdentity identity;
    private final RequestLimits limits;

    public TusResource(TusUploads uploads, IngestConfig ingestConfig, SecurityIdentity identity, RequestLimits limits) {
        this.uploads = uploads;
        this.ingestConfig = ingestConfig;
        this.identity = identity;
        this.limits = limits;
    }

    @OPTIONS
    @PermitAll
    public Response options() {
        return TusHeaders.options(ingestConfig.maxUploadSize()).build();
    }

    @OPTIONS
    @Path("/{id}")
    @PermitAll
    public Response optionsOfOne() {
        return options();
    }

    @POST
    public Response create(
            @HeaderParam("Tus-Resumable") String version,
            @HeaderParam("Upload-Length") String length,
            @HeaderParam("Upload-Defer-Length") String deferLength,
            @HeaderParam("Upload-Metadata") String metadata,
            @HeaderParam("Content-Type") String contentType,
            @HeaderParam("Upload-Checksum") String checksum,
            InputStream body)
            throws IOException {
        TusHeaders.requireVersion(version);
        if (deferLength != null) {
            throw TusException.badRequest(
                    "upload-defer-length-unsupported",
                    "Declare Upload-Length at creation; deferring it is not supported.");
        }
        CurrentUser user = CurrentUsers.from(identity);
        try (Permit permit = limits.startUpload(user.id())) {
            return created(length, metadata, contentType, checksum, body, user);
        }
    }

    private Response created(
            String length, String metadata, String contentType, String checksum, InputStream body, CurrentUser user)
            throws IOException {
        Upload u = uploads.create(TusHeaders.number("Upload-Length", length), metadata, user);
        TusUploads.Progress progress;
        if (isChunk(contentType)) {
            try {
                progress = uploads.patch(u.id(), 0, body, checksum, user);
            } catch (TusException refused) {
                // creation-with-upload: the upload exists; the client resumes from the offset it reports.
                progress = new TusUploads.Progress(uploads.status(u.id(), user), null);
            }
        } else {
            progress = uploads.completeIfWhole(u, user);
        }
        Response.ResponseBuilder r =
                TusHeaders.progress(Response.status(201), progress).location(URI.create("/api/uploads/" + u.id()));
        return r.build();
    }

    @HEAD
    @Path("/{id}")
    public Response head(@PathParam("id") String id, @HeaderParam("Tus-Resumable") String version) throws IOException {
        TusHeaders.requireVersion(version);
        var user = CurrentUsers.from(identity);
        Upload u = uploads.status(parse(id), user);
        // Every byte arrived but the completion was cut (a crash between the last chunk and the
        // item): a client that sees Upload-Offset = Upload-Length sends nothing more, so the
        // completion is finished here. Idempotent: a completed upload is only reported.
        TusUploads.Progress progress = uploads.completeIfWhole(u, user);
        Response.ResponseBuilder r =
                TusHeaders.progress(Response.ok(), progress).header("Upload-Length", u.length());
        if (!u.metadata().isEmpty()) {
            r.header("Upload-Metadata", u.metadata());
        }
        return r.build();
    }

    @PATCH
    @Path("/{id}")
    public Response patch(
            @PathParam("id") String id,
            @HeaderParam("Tus-Resumable") String version,
            @HeaderParam("Content-Type") String contentType,
            @HeaderParam("Upload-Offset") String offset,
            @HeaderParam("Upload-Checksum") String checksum,
            InputStream body)
            throws IOException {
        TusHeaders.requireVersion(version);
        if (!isChunk(contentType)) {
            throw new TusException(
                    415, "unsupported-media-type", "Unsupported Media Type", "A PATCH must be " + CHUNK_TYPE + ".");
        }
        UUID uploadId = parse(id);
        long at = TusHeaders.number("Upload-Offset", offset);
        CurrentUser user = CurrentUsers.from(identity);
        try (Permit permit = limits.continueUpload(user.id())) {
            TusUploads.Progress progress = uploads.patch(uploadId, at, body, checksum, user);
            return TusHeaders.progress(Response.noContent(), progress).build();
        }
    }

    @DELETE
    @Path("/{id}")
    public Response terminate(@PathParam("id") String id, @HeaderParam("Tus-Resumable") String version)
            throws IOException {
        TusHeaders.requireVersion(version);
        uploads.terminate(parse(id), CurrentUsers.from(identity));
        return Response.noContent()
                .header(TusHeaders.RESUMABLE, TusHeaders.VERSION)
                .build();
    }

    private static boolean isChunk(String contentType) {
        return contentType != null && contentType.split(";", 2)[0].strip().equalsIgnoreCase(CHUNK_TYPE);
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new UploadNotFoundException();
        }
    }
}
