package org.jeli.chat;

/** What a {@link Warning} reports. Stable names. */
public enum WarningKind {
    /** Text before the first message header; kept nowhere else, so reported. */
    UNPARSEABLE_LINE,
    /** A line shaped like a header but with an impossible date or time; kept as message text. */
    INVALID_TIMESTAMP,
    /** A line longer than the limit; the rest of the line was dropped. */
    LINE_TRUNCATED,
    /** A message longer than the limit; the rest of the message was dropped. */
    MESSAGE_TRUNCATED,
    /** Nothing in the file showed whether dates are day-first or month-first; the default was used. */
    DATE_ORDER_ASSUMED,
    /** Some dates fit only day-first and others only month-first; the better fit was used. */
    DATE_ORDER_CONFLICT,
    /** Telegram's {@code date} and {@code date_unixtime} disagree; {@code date_unixtime} was used. */
    TIMESTAMP_DISAGREEMENT,
    /** A Telegram message lacked what every message needs (an id or a date) and was skipped. */
    MALFORMED_MESSAGE
}
