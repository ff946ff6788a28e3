package org.jeli.takedown.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jeli.provenance.EntryDraft;
import org.jeli.takedown.jdbc.JdbcTakedownStore.Hold;
import org.jeli.takedown.jdbc.JdbcTakedownStore.Request;

/** Takedown requests and legal holds as the API and the admin page show them. */
public final class TakedownJson {
    private TakedownJson() {}

    public static Map<String, Object> request(Request r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("item", r.itemId());
        m.put("reason", r.reason());
        m.put("requester", r.requester());
        m.put("requestedBy", EntryDraft.user(r.requestedBy()));
        m.put("requestedAt", r.requestedAt().toString());
        m.put("state", r.state());
        return m;
    }

    public static Map<String, Object> hold(Hold h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", h.id());
        m.put("item", h.itemId());
        m.put("collection", h.collectionId());
        m.put("reason", h.reason());
        m.put("placedBy", EntryDraft.user(h.placedBy()));
        m.put("placedAt", h.placedAt().toString());
        m.put("liftedAt", h.liftedAt() == null ? null : h.liftedAt().toString());
        m.put("active", h.liftedAt() == null);
        return m;
    }
}
