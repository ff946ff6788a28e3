package org.jeli.provenance.web;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jeli.provenance.EntryAccess;
import org.jeli.provenance.InvalidProofRequestException;
import org.jeli.provenance.LogConfig;
import org.jeli.provenance.LogKeys;
import org.jeli.provenance.LogReader;
import org.jeli.provenance.StoredCheckpoint;
import org.jeli.provenance.checkpoint.PublicKeyInfo;
import org.jeli.provenance.jdbc.JdbcLogStore.StoredEntry;

/**
 * The log's public structure (checkpoints, proofs, timestamps) is readable by anyone, so that
 * outsiders can check it; entry contents need an account.
 */
@Path("/api/log")
public class LogResource {
    private static final Base64.Encoder B64 = Base64.getEncoder();
    static final String TEXT = "text/plain; charset=utf-8";

    private final LogReader reader;
    private final LogConfig config;
    private final LogKeys keys;
    private final EntryAccess entryAccess;

    public LogResource(LogReader reader, LogConfig config, LogKeys keys, EntryAccess entryAccess) {
        this.reader = reader;
        this.config = config;
        this.keys = keys;
        this.entryAccess = entryAccess;
    }

    @GET
    @Path("keys")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    public Map<String, Object> keys() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PublicKeyInfo k : keys.all()) {
            out.add(KeyJson.of(k));
        }
        return Map.of("origin", keys.origin(), "keys", out);
    }

    @GET
    @Path("checkpoint")
    @Produces(TEXT)
    @PermitAll
    public String latest() {
        return reader.latestCheckpoint().map(StoredCheckpoint::note).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("checkpoints/{size}")
    @Produces(TEXT)
    @PermitAll
    public String checkpoint(@PathParam("size") long size) {
        return reader.checkpoint(size).map(StoredCheckpoint::note).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("checkpoints/{size}/timestamp")
    @Produces("application/timestamp-reply")
    @PermitAll
    public Response timestamp(@PathParam("size") long size) {
        byte[] reply = reader.timestamp(size).orElseThrow(NotFoundException::new);
        return Response.ok(reply, "application/timestamp-reply").build();
    }

    @GET
    @Path("entries/{index}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", "archivist", "investigator", "viewer"})
    public Response entry(@PathParam("index") long index) {
        StoredEntry e = reader.entry(index)
                .filter(x -> entryAccess.mayRead(x.subject()))
                .orElseThrow(NotFoundException::new);
        return Response.ok(e.bytes(), MediaType.APPLICATION_JSON)
                .header("X-Jeli-Leaf-Hash", B64.encodeToString(e.leafHash()))
                .build();
    }

    @GET
    @Path("entries")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", "archivist", "investigator", "viewer"})
    public Map<String, Object> entries(
            @QueryParam("start") @DefaultValue("0") long start, @QueryParam("end") Long end) {
        long last = end == null ? start + config.maxEntriesPerPage() : end;
        if (start < 0 || last < start || last - start > config.maxEntriesPerPage()) {
            throw new InvalidProofRequestException(
                    "need 0 <= start <= end and at most " + config.maxEntriesPerPage() + " entries");
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (StoredEntry e : reader.entries(start, last)) {
            if (entryAccess.mayRead(e.subject())) {
                out.add(ProofJson.entry(e));
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", start);
        m.put("end", last);
        m.put("entries", out);
        return m;
    }

    @GET
    @Path("proof/inclusion")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    public Map<String, Object> inclusion(@QueryParam("index") long index, @QueryParam("size") long size) {
        return ProofJson.inclusion(reader.inclusion(index, size));
    }

    @GET
    @Path("proof/consistency")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    public Map<String, Object> consistency(@QueryParam("first") long first, @QueryParam("second") long second) {
        return ProofJson.consistency(reader.consistency(first, second));
    }
}
