package org.jeli.ingest.chat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jeli.chat.ChatFormat;
import org.jeli.ingest.Claims;
import org.jeli.ingest.SourcePlatform;
import org.jeli.ingest.SubmissionRequest;

/** What every item of one import shares: collection, submitter, sensitivity, stated time zone. */
record ImportContext(ImportStatus status, ChatFormat format, ZoneId zone) {
    static final String METHOD = "chat-import";

    static ImportContext of(ImportStatus status, ChatFormat format) {
        ZoneId zone = status.timeZone() == null ? null : ZoneId.of(status.timeZone());
        return new ImportContext(status, format, zone);
    }

    UUID importId() {
        return status.id();
    }

    SourcePlatform platform() {
        return format == ChatFormat.TELEGRAM_JSON ? SourcePlatform.TELEGRAM : SourcePlatform.WHATSAPP;
    }

    /** The offset of a local time: the stated zone's, else the one Telegram's instant implies. */
    String offset(LocalDateTime local, Instant instant) {
        if (zone != null) {
            return zone.getRules().getOffset(local).getId().replace("Z", "+00:00");
        }
        if (instant != null) {
            long seconds = java.time.Duration.between(instant, local.toInstant(ZoneOffset.UTC))
                    .getSeconds();
            return ZoneOffset.ofTotalSeconds((int) seconds).getId().replace("Z", "+00:00");
        }
        return null;
    }

    /** The claims of an item the import creates; the time as the export states it. */
    SubmissionRequest request(String title, String claimedAt, String fileName) {
        String detail = status.sourceDetail().isBlank() && status.chatName() != null
                ? status.chatName()
                : status.sourceDetail();
        Claims claims = new Claims(title, "", platform(), detail, claimedAt, null, status.sensitivity(), null);
        return new SubmissionRequest(status.collectionId().toString(), claims, fileName, null, METHOD);
    }
}
