package org.jeli.ingest.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jeli.access.quarkus.CurrentUsers;
import org.jeli.common.Digest;
import org.jeli.common.InvalidFieldException;
import org.jeli.ingest.IngestConfig;
import org.jeli.ingest.ItemStore;
import org.jeli.ingest.MissingFileException;
import org.jeli.ingest.web.multipart.MultipartLimits;
import org.jeli.ingest.web.multipart.MultipartReader;
import org.jeli.ingest.web.multipart.Part;
import org.jeli.provenance.EntryDraft;
import org.jeli.provenance.LogAppender;
import org.jeli.provenance.LogReader;
import org.jeli.storage.BlobTooLargeException;

/**
 * {@code POST /api/verify}: does the archive hold this file (sent as multipart {@code file}, hashed
 * as it streams and never stored) or this SHA-256 (JSON {@code {"sha256": "..."}})? Answers with the
 * items and every log entry about them, with proofs.
 */
@Path("/api/verify")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "archivist", "investigator", "viewer"})
public class VerifyResource {
    private final ItemStore items;
    private final LogReader log;
    private final IngestConfig config;
    private final ItemAccess access;
    private final LogAppender appender;
    private final SecurityIdentity identity;

    public VerifyResource(
            ItemStore items,
            LogReader log,
            IngestConfig config,
            ItemAccess access,
            LogAppender appender,
            SecurityIdentity identity) {
        this.items = items;
        this.log = log;
        this.config = config;
        this.access = access;
        this.appender = appender;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> bySha256(Map<String, Object> body) {
        Object value = body == null ? null : body.get("sha256");
        if (!(value instanceof String s)) {
            throw new InvalidFieldException("sha256", "is required");
        }
        try {
            return answer(Digest.parse(s).hex());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("sha256", "is not 64 hex digits");
        }
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Map<String, Object> byFile(@HeaderParam("Content-Type") String contentType, InputStream body)
            throws IOException {
        MultipartReader reader = new MultipartReader(body, contentType, MultipartLimits.defaults());
        String sha = null;
        for (Optional<Part> next = reader.next(); next.isPresent(); next = reader.next()) {
            if ("file".equals(next.get().name()) && sha == null) {
                sha = hash(next.get().content());
            }
        }
        if (sha == null) {
            throw new MissingFileException();
        }
        return answer(sha);
    }

    private String hash(InputStream in) throws IOException {
        MessageDigest md = Digest.Algorithm.SHA256.newMessageDigest();
        byte[] buf = new byte[1 << 16];
        long total = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            total += n;
            if (total > config.maxUploadSize()) {
                throw new BlobTooLargeException();
            }
            md.update(buf, 0, n);
        }
        return Digest.sha256(md.digest()).hex();
    }

    private Map<String, Object> answer(String sha) {
        // Only items the caller may see count: the archive does not confirm what it hides.
        List<UUID> ids =
                items.itemsWithBlob(sha).stream().filter(access::mayView).toList();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sha256", sha);
        m.put("held", !ids.isEmpty());
        m.put("items", ids);
        if (!ids.isEmpty()) {
            long user = CurrentUsers.from(identity).id();
            for (UUID id : ids) {
                appender.append(new EntryDraft(
                        "item.verified", EntryDraft.user(user), EntryDraft.item(id), Map.of("blob", sha)));
            }
            List<String> subjects = new ArrayList<>();
            ids.forEach(id -> subjects.add(EntryDraft.item(id)));
            subjects.add("blob:sha256:" + sha);
            LogReader.Custody custody = log.custody(subjects);
            m.putAll(CustodyJson.timeline(custody.entries(), custody.checkpoint()));
        }
        return m;
    }
}
