package org.jeli.ingest.chat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A conversation position as recorded. {@code sender}, {@code text} and {@code forwardedFrom} are
 * identifying: shown as participants below the identifying clearance.
 */
public record StoredMessage(
        UUID itemId,
        UUID exportItemId,
        UUID collectionId,
        int conversation,
        String conversationName,
        long position,
        MessageKind kind,
        LocalDateTime localTime,
        String utcOffset,
        Instant instant,
        String sender,
        Integer participant,
        String text,
        String flags,
        String systemKind,
        String gapKind,
        String sourceId,
        String replyToId,
        String forwardedFrom,
        Integer forwardedParticipant,
        String sensitivity) {}
