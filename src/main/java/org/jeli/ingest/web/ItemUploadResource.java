package org.jeli.ingest.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Set;
import org.jeli.access.CurrentUser;
import org.jeli.access.quarkus.CurrentUsers;
import org.jeli.ingest.IngestConfig;
import org.jeli.ingest.IngestService;
import org.jeli.ingest.Receipt;
import org.jeli.limits.ConcurrencyLimiter.Permit;
import org.jeli.limits.RequestLimits;
import org.jeli.storage.BlobStore;
import org.jeli.storage.BlobTooLargeException;

/**
 * {@code POST /api/items}: a streaming multipart upload. The {@code file} part is hashed and written
 * to storage as it arrives, never buffered whole; the fields may come before or after it. The bytes
 * are published only once the whole request is valid.
 */
@Path("/api/items")
public class ItemUploadResource {
    private static final long ENVELOPE_ALLOWANCE = 1L << 20;

    private final BlobStore blobs;
    private final IngestService ingest;
    private final IngestConfig config;
    private final SecurityIdentity identity;
    private final RequestLimits limits;

    public ItemUploadResource(
            BlobStore blobs,
            IngestService ingest,
            IngestConfig config,
            SecurityIdentity identity,
            RequestLimits limits) {
        this.blobs = blobs;
        this.ingest = ingest;
        this.config = config;
        this.identity = identity;
        this.limits = limits;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", "archivist", "investigator", "viewer"}) // the membership decides
    public Response upload(
            @HeaderParam("Content-Type") String contentType,
            @HeaderParam("Content-Length") String contentLength,
            InputStream body)
            throws IOException {
        var user = CurrentUsers.from(identity);
        if (declaredLength(contentLength) > config.maxUploadSize() + ENVELOPE_ALLOWANCE) {
            throw new BlobTooLargeException();
        }
        try (Permit permit = limits.startUpload(user.id())) {
            return receive(contentType, body, user);
        }
    }

    private Response receive(String contentType, InputStream body, CurrentUser user) throws IOException {
        try (SubmissionUpload upload =
                SubmissionUpload.read(body, contentType, blobs, config.maxUploadSize(), Set.of())) {
            Receipt receipt = ingest.accept(upload.staged(), upload.request("multipart"), user);
            URI location = URI.create("/api/items/" + receipt.recorded().itemId());
            return Response.created(location).entity(ItemJson.receipt(receipt)).build();
        }
    }

    private static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
