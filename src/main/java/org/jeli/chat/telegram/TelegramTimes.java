package org.jeli.chat.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Reconciles Telegram's {@code date} (local wall-clock time of the exporting computer) with {@code
 * date_unixtime} (an absolute instant). They agree when their difference is a real UTC offset (a
 * whole quarter-hour within ±14 h); then both are kept. When they disagree, {@code date_unixtime}
 * wins: the local time becomes the instant at the last offset the two agreed on (UTC until then),
 * and the disagreement is reported.
 */
final class TelegramTimes {
    private static final int MAX_OFFSET_SECONDS = 14 * 3600;
    private static final int QUARTER_HOUR = 900;

    /** The times of one message, and whether its two dates disagreed. */
    record Times(LocalDateTime local, Instant instant, boolean disagreed) {}

    private ZoneOffset lastOffset = ZoneOffset.UTC;

    Optional<Times> of(JsonNode message) {
        LocalDateTime local = localTime(message.get("date"));
        Instant instant = instant(message.get("date_unixtime"));
        if (instant == null) {
            return Optional.ofNullable(local).map(l -> new Times(l, null, false));
        }
        if (local != null) {
            long offset = local.toEpochSecond(ZoneOffset.UTC) - instant.getEpochSecond();
            if (Math.abs(offset) <= MAX_OFFSET_SECONDS && offset % QUARTER_HOUR == 0) {
                lastOffset = ZoneOffset.ofTotalSeconds((int) offset);
                return Optional.of(new Times(local, instant, false));
            }
        }
        return Optional.of(new Times(LocalDateTime.ofInstant(instant, lastOffset), instant, local != null));
    }

    private static LocalDateTime localTime(JsonNode date) {
        if (date == null || !date.isTextual()) {
            return null;
        }
        try {
            return LocalDateTime.parse(date.asText());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Instant instant(JsonNode unixtime) {
        if (unixtime == null || !(unixtime.isTextual() || unixtime.isIntegralNumber())) {
            return null;
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(unixtime.asText()));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }
}
