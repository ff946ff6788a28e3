package org.jeli.ingest.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jeli.access.Action;
import org.jeli.common.InvalidFieldException;
import org.jeli.ingest.Claims;
import org.jeli.ingest.ItemStore;
import org.jeli.ingest.SubmissionForm;

/**
 * {@code PATCH /api/items/{id}/claims}: an archivist corrects descriptive claims (title,
 * description, source, claimed time and place, language). The previous values are kept in the
 * claim history and the correction is a {@code claims.edited} log entry. Sensitivity is not
 * editable here: changing who may see an item is an access decision.
 */
@Path("/api/items/{id}/claims")
@RolesAllowed({"admin", "archivist", "investigator", "viewer"})
public class ItemClaimsResource {
    private static final Set<String> EDITABLE = Set.of(
            "title",
            "description",
            "sourcePlatform",
            "sourceDetail",
            "claimedCapturedAt",
            "claimedLocation",
            "language");

    private final ItemAccess access;
    private final ItemStore items;

    public ItemClaimsResource(ItemAccess access, ItemStore items) {
        this.access = access;
        this.items = items;
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> edit(@PathParam("id") String id, Map<String, String> changes) {
        ItemAccess.Granted granted = access.authorize(id, Action.EDIT_CLAIMS);
        if (changes == null || changes.isEmpty()) {
            throw new InvalidFieldException("claims", "nothing to change");
        }
        for (String key : changes.keySet()) {
            if (!EDITABLE.contains(key)) {
                throw new InvalidFieldException(SubmissionForm.safeName(key), "is not an editable claim");
            }
        }
        Claims old = granted.item().claims();
        Map<String, String> fields = new HashMap<>();
        put(fields, "title", old.title());
        put(fields, "description", old.description());
        put(fields, "sourcePlatform", old.sourcePlatform().label());
        put(fields, "sourceDetail", old.sourceDetail());
        put(fields, "claimedCapturedAt", old.claimedCapturedAt());
        put(fields, "claimedLocation", old.claimedLocation());
        put(fields, "sensitivity", old.sensitivity().label());
        put(fields, "language", old.language());
        put(fields, "collection", granted.item().collectionId().toString());
        changes.forEach((k, v) -> put(fields, k, v));
        Claims updated = SubmissionForm.validate(fields, null, null, "edit").claims();
        long index = items.editClaims(
                granted.item().id(), old, updated, granted.user().id());
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("id", granted.item().id());
        m.put("claims", ItemJson.claims(updated, granted.identifying()));
        m.put("logIndex", index);
        return m;
    }

    private static void put(Map<String, String> fields, String key, String value) {
        if (value == null) {
            fields.remove(key);
        } else {
            fields.put(key, value);
        }
    }
}
