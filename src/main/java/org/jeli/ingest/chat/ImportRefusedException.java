package org.jeli.ingest.chat;

import java.util.UUID;
import org.jeli.chat.RefusalReason;
import org.jeli.common.JeliException;

/**
 * An export refused as soon as it was stored (not a zip of a chat, encrypted, hostile): answered
 * {@code 422} with the reason's code, the import id and the preserved export item.
 */
public final class ImportRefusedException extends JeliException {
    private final RefusalReason reason;
    private final UUID importId;
    private final UUID exportItemId;

    public ImportRefusedException(RefusalReason reason, UUID importId, UUID exportItemId) {
        super(reason.safeMessage());
        this.reason = reason;
        this.importId = importId;
        this.exportItemId = exportItemId;
    }

    public RefusalReason reason() {
        return reason;
    }

    public UUID importId() {
        return importId;
    }

    public UUID exportItemId() {
        return exportItemId;
    }
}
