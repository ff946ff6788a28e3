package org.jeli.ingest.chat.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jeli.access.quarkus.CurrentUsers;
import org.jeli.common.Ids;
import org.jeli.common.InvalidFieldException;
import org.jeli.ingest.IngestConfig;
import org.jeli.ingest.chat.ChatImportService;
import org.jeli.ingest.chat.ImportNotFoundException;
import org.jeli.ingest.chat.ImportStatus;
import org.jeli.ingest.web.SubmissionUpload;
import org.jeli.limits.ConcurrencyLimiter.Permit;
import org.jeli.limits.RequestLimits;
import org.jeli.storage.BlobStore;

/**
 * {@code POST /api/imports}: a chat export (zip, WhatsApp text or Telegram JSON) as a streaming
 * multipart upload, stored and logged as an original before it is parsed; {@code 202} with the
 * import to poll. A tus resumable upload would plug in here the same way: once its bytes are
 * staged, {@link ChatImportService#start} takes over.
 */
@Path("/api/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "archivist", "investigator", "viewer"}) // the membership decides
public class ImportResource {
    static final String TIMEZONE = "timezone";

    private final BlobStore blobs;
    private final ChatImportService imports;
    private final IngestConfig config;
    private final SecurityIdentity identity;
    private final RequestLimits limits;

    public ImportResource(
            BlobStore blobs,
            ChatImportService imports,
            IngestConfig config,
            SecurityIdentity identity,
            RequestLimits limits) {
        this.blobs = blobs;
        this.imports = imports;
        this.config = config;
        this.identity = identity;
        this.limits = limits;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response start(@HeaderParam("Content-Type") String contentType, InputStream body) throws IOException {
        var user = CurrentUsers.from(identity);
        try (Permit permit = limits.startImport(user.id())) { // 429 past the per-user or instance limit
            return receive(contentType, body, user);
        }
    }

    private Response receive(String contentType, InputStream body, org.jeli.access.CurrentUser user)
            throws IOException {
        try (SubmissionUpload upload =
                SubmissionUpload.read(body, contentType, blobs, config.maxUploadSize(), Set.of(TIMEZONE))) {
            String timeZone = zone(upload.extra(TIMEZONE).orElse(null));
            ImportStatus started = imports.start(upload.staged(), upload.request("chat-export"), timeZone, user);
            return Response.accepted(ImportJson.status(started))
                    .location(URI.create("/api/imports/" + started.id()))
                    .build();
        }
    }

    @GET
    @Path("{id}")
    public Map<String, Object> status(@PathParam("id") String id) {
        var user = CurrentUsers.from(identity);
        return ImportJson.status(imports.find(Ids.parseUuid(id).orElseThrow(ImportNotFoundException::new), user));
    }

    @GET
    public Map<String, Object> list(@QueryParam("collection") String collection) {
        if (collection == null || collection.isBlank()) {
            throw new InvalidFieldException("collection", "is required");
        }
        var user = CurrentUsers.from(identity);
        List<Map<String, Object>> out = imports.list(collection.strip(), user).stream()
                .map(ImportJson::status)
                .toList();
        return Map.of("imports", out);
    }

    /** An IANA zone ({@code Africa/Bamako}) or offset ({@code +00:00}); blank means unknown. */
    static String zone(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > 64) {
            throw new InvalidFieldException(TIMEZONE, "is not an IANA time zone or UTC offset");
        }
        try {
            return ZoneId.of(v).getId();
        } catch (DateTimeException e) {
            throw new InvalidFieldException(TIMEZONE, "is not an IANA time zone or UTC offset");
        }
    }
}
