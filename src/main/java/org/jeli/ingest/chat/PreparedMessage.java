package org.jeli.ingest.chat;

import java.util.List;
import org.jeli.ingest.NewSubmission;

/**
 * A conversation position whose bytes (and its attachments' bytes) are stored, ready to be
 * recorded with its batch.
 *
 * @param utcOffset the offset of the local time when known (stated zone or Telegram), else null
 * @param people identities as written that the position names: sender or actor, forwarded-from,
 *     phone numbers in the text, in order of appearance
 * @param searchText what full-text search covers (the message text; empty for gaps)
 */
public record PreparedMessage(
        MessageDocument document,
        NewSubmission submission,
        String utcOffset,
        List<PreparedAttachment> attachments,
        List<String> people,
        String searchText) {
    public PreparedMessage {
        attachments = List.copyOf(attachments);
        people = List.copyOf(people);
    }

    /**
     * An attached file whose bytes are stored.
     *
     * @param duplicateBytes the archive held these bytes before (forwarded media, another export)
     */
    public record PreparedAttachment(
            int ordinal, String name, String kind, NewSubmission submission, boolean duplicateBytes) {}
}
