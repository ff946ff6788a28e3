package org.jeli.ingest.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jeli.access.CurrentUser;
import org.jeli.access.quarkus.CurrentUsers;
import org.jeli.ingest.ItemDetails;
import org.jeli.provenance.EntryDraft;
import org.jeli.provenance.LogAppender;

/**
 * Every access to evidence is itself evidence: views and downloads are appended to the provenance
 * log before the bytes or metadata leave, with the actor, the item and its blob.
 */
@ApplicationScoped
public class AccessLog {
    private final LogAppender appender;
    private final SecurityIdentity identity;

    public AccessLog(LogAppender appender, SecurityIdentity identity) {
        this.appender = appender;
        this.identity = identity;
    }

    public void record(String kind, ItemDetails item, Map<String, Object> details) {
        CurrentUser user = CurrentUsers.from(identity);
        Map<String, Object> payload = new LinkedHashMap<>(details);
        payload.put("blob", item.sha256());
        appender.append(new EntryDraft(kind, EntryDraft.user(user.id()), EntryDraft.item(item.id()), payload));
    }
}
