package org.jeli.access.quarkus;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.jeli.access.AccessChanges;
import org.jeli.provenance.EntryDraft;
import org.jeli.provenance.LogAppender;

/** Records every change of who may see what as an {@code access.changed} entry of the provenance log. */
@ApplicationScoped
public class LogAccessChanges implements AccessChanges {
    private final LogAppender log;

    public LogAccessChanges(LogAppender log) {
        this.log = log;
    }

    @Override
    public void changed(long actorId, String subject, Map<String, Object> payload) {
        log.append(new EntryDraft("access.changed", EntryDraft.user(actorId), subject, payload));
    }
}
