package org.jeli.ingest.chat;

import java.util.List;
import java.util.UUID;

/**
 * One batch of an import, recorded in one transaction with its log entries and the import's new
 * resume point.
 *
 * @param eventsDone parser events consumed up to the end of this batch (the resume point)
 * @param counts what this batch adds (duplicates among attachment bytes included; the store adds
 *     the messages and attachments that joined existing items)
 */
public record BatchCommit(
        UUID importId,
        UUID exportItemId,
        UUID collectionId,
        List<PreparedMessage> messages,
        long eventsDone,
        ImportCounts counts,
        int percent) {
    public BatchCommit {
        messages = List.copyOf(messages);
    }
}
