package org.jeli.access.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.jeli.provenance.EntryDraft;
import org.jeli.provenance.LogAppender;

/** Every change of who may see what is an {@code access.changed} entry in the provenance log. */
@ApplicationScoped
public class AccessEvents {
    private final LogAppender log;

    public AccessEvents(LogAppender log) {
        this.log = log;
    }

    void changed(long actorId, String subject, Map<String, Object> payload) {
        log.append(new EntryDraft("access.changed", EntryDraft.user(actorId), subject, payload));
    }
}
