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
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jeli.access.CurrentUser;
import org.jeli.access.quarkus.CurrentUsers;
import org.jeli.common.InvalidFieldException;
import org.jeli.ingest.IngestConfig;
import org.jeli.ingest.IngestService;
import org.jeli.ingest.MissingFileException;
import org.jeli.ingest.Receipt;
import org.jeli.ingest.SubmissionForm;
import org.jeli.ingest.SubmissionRequest;
import org.jeli.ingest.web.multipart.MultipartLimits;
import org.jeli.ingest.web.multipart.MultipartReader;
import org.jeli.ingest.web.multipart.Part;
import org.jeli.limits.ConcurrencyLimiter.Permit;
import org.jeli.limits.RequestLimits;
import org.jeli.storage.BlobStore;
import org.jeli.storage.BlobTooLargeException;
import org.jeli.storage.StagedBlob;

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
        MultipartReader reader = new MultipartReader(body, contentType, MultipartLimits.defaults());
        Map<String, String> fields = new HashMap<>();
        StagedBlob staged = null;
        String fileName = null;
        String declaredType = null;
        try {
            for (Optional<Part> next = reader.next(); next.isPresent(); next = reader.next()) {
                Part part = next.get();
                String name = part.name() == null ? "" : part.name();
                if (SubmissionForm.FILE.equals(name)) {
                    if (staged != null) {
                        throw new InvalidFieldException("file", "only one file per request");
                    }
                    fileName = part.fileName();
                    declaredType = part.contentType();
                    staged = blobs.stage(part.content(), config.maxUploadSize());
                } else if (SubmissionForm.FIELDS.contains(name)) {
                    if (fields.put(name, reader.readText(part)) != null) {
                        throw new InvalidFieldException(name, "given more than once");
                    }
                } else {
                    throw new InvalidFieldException(SubmissionForm.safeName(name), "unknown field");
                }
            }
            if (staged == null) {
                throw new MissingFileException();
            }
            SubmissionRequest request = SubmissionForm.validate(fields, fileName, declaredType, "multipart");
            Receipt receipt = ingest.accept(staged, request, user);
            URI location = URI.create("/api/items/" + receipt.recorded().itemId());
            return Response.created(location).entity(ItemJson.receipt(receipt)).build();
        } finally {
            if (staged != null) {
                staged.close();
            }
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
