package org.jeli.ingest.chat;

import java.util.UUID;

/** A file attached to a message, as its own item. {@code name} is identifying (a file name). */
public record AttachmentLink(UUID messageItemId, int ordinal, UUID attachmentItemId, String name, String kind) {}
