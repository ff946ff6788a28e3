package org.jeli.ingest.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jeli.access.quarkus.CurrentUsers;
import org.jeli.common.Digest;
import org.jeli.common.InvalidFieldException;
import org.jeli.ingest.CommitmentNotFoundException;
import org.jeli.ingest.CommitmentService;
import org.jeli.ingest.IngestConfig;
import org.jeli.ingest.ItemCommitment;
import org.jeli.ingest.SubmissionForm;
import org.jeli.ingest.SubmissionRequest;

/**
 * {@code /api/commitments}: commit first, bytes later. An archivist registers the SHA-256 and size
 * (and the usual descriptive fields) of bytes they cannot send yet; the bytes, when they come
 * through {@code POST /api/items} or a tus upload, are verified against it.
 */
@Path("/api/commitments")
@RolesAllowed({"admin", "archivist", "investigator", "viewer"}) // the membership decides
public class CommitmentResource {
    private static final int LIST_LIMIT = 500;

    private final CommitmentService commitments;
    private final IngestConfig config;
    private final SecurityIdentity identity;

    public CommitmentResource(CommitmentService commitments, IngestConfig config, SecurityIdentity identity) {
        this.commitments = commitments;
        this.config = config;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response commit(Map<String, Object> body) {
        if (body == null) {
            throw new InvalidFieldException("body", "is required");
        }
        Map<String, String> fields = new HashMap<>();
        Digest sha256 = null;
        Long size = null;
        for (Map.Entry<String, Object> e : body.entrySet()) {
            String name = e.getKey();
            Object value = e.getValue();
            switch (name) {
                case "sha256" -> sha256 = sha256(value);
                case "size" -> size = size(value);
                case "commitment" -> throw new InvalidFieldException(name, "unknown field");
                default -> {
                    if (value != null && !(value instanceof String)) {
                        throw new InvalidFieldException(SubmissionForm.safeName(name), "must be a string");
                    }
                    if (value != null) {
                        fields.put(name, (String) value);
                    }
                }
            }
        }
        if (sha256 == null) {
            throw new InvalidFieldException("sha256", "is required");
        }
        if (size == null) {
            throw new InvalidFieldException("size", "is required");
        }
        SubmissionRequest request = SubmissionForm.validate(fields, null, null, "commitment");
        ItemCommitment c = commitments.commit(request, sha256, size, CurrentUsers.from(identity));
        return Response.created(URI.create("/api/commitments/" + c.id()))
                .entity(json(c, true))
                .build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> get(@PathParam("id") String id) {
        CommitmentService.Visible v = commitments.get(parseId(id), CurrentUsers.from(identity));
        return json(v.commitment(), v.identifying());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> list(@QueryParam("collection") String collection) {
        if (collection == null || collection.isBlank()) {
            throw new InvalidFieldException("collection", "is required");
        }
        List<Map<String, Object>> out = commitments.list(collection, CurrentUsers.from(identity), LIST_LIMIT).stream()
                .map(v -> json(v.commitment(), v.identifying()))
                .toList();
        return Map.of("commitments", out);
    }

    private Digest sha256(Object value) {
        if (!(value instanceof String s)) {
            throw new InvalidFieldException("sha256", "must be 64 hex digits");
        }
        try {
            Digest d = Digest.parse(s);
            if (d.algorithm() != Digest.Algorithm.SHA256) {
                throw new IllegalArgumentException();
            }
            return d;
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("sha256", "must be 64 hex digits");
        }
    }

    private long size(Object value) {
        if (!(value instanceof Number n) || n.longValue() < 0 || n.doubleValue() != n.longValue()) {
            throw new InvalidFieldException("size", "must be a whole number of bytes");
        }
        if (n.longValue() > config.maxUploadSize()) {
            throw new InvalidFieldException("size", "exceeds the archive's upload size limit");
        }
        return n.longValue();
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new CommitmentNotFoundException();
        }
    }

    static Map<String, Object> json(ItemCommitment c, boolean identifying) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("collection", c.collectionId());
        m.put("sha256", c.sha256().hex());
        m.put("size", c.size());
        m.put("claims", ItemJson.claims(c.claims(), identifying));
        m.put("createdAt", c.createdAt().toString());
        m.put("logIndex", c.logIndex());
        m.put("state", c.fulfilled() ? "fulfilled" : "open");
        if (c.fulfilled()) {
            m.put("item", c.fulfilledItemId());
            m.put("fulfilledAt", c.fulfilledAt().toString());
            m.put("fulfilledLogIndex", c.fulfilledLogIndex());
        }
        m.put("links", Map.of("self", "/api/commitments/" + c.id(), "log", "/api/log/entries/" + c.logIndex()));
        return m;
    }
}
