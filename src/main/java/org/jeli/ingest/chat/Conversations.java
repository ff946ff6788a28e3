package org.jeli.ingest.chat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: reading imported conversations, their attachments and the arrivals of a blob. */
public interface Conversations {
    Optional<StoredMessage> message(UUID itemId);

    /** Visible positions {@code from..to} of a conversation, in order. */
    List<StoredMessage> window(UUID exportItemId, int conversation, long from, long to);

    /** Visible files attached to a message, in order. */
    List<AttachmentLink> attachments(UUID messageItemId);

    /** The visible messages a file was attached to. */
    List<AttachmentLink> attachedTo(UUID attachmentItemId);

    /** The message of the same conversation with this platform id (a reply's target). */
    Optional<UUID> bySourceId(UUID exportItemId, int conversation, String sourceId);

    /** Every arrival of the blob into visible items of collections the user may see, oldest first. */
    List<Arrival> arrivals(String sha256Hex, long userId);

    /** The names (not numbers) of the export's senders and forwarders, with their participant numbers. */
    java.util.Map<String, Integer> names(UUID exportItemId);

    /** "Participant N" for a phone number written in a message of the collection. */
    String phoneLabel(UUID collectionId, String phone);
}
