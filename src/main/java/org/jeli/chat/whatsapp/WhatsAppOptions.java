package org.jeli.chat.whatsapp;

import java.util.Objects;

/**
 * Limits and defaults of the WhatsApp parser.
 *
 * @param maxLineChars longest line kept; the rest is dropped with a warning (default 65,536)
 * @param maxMessageChars longest message kept; the rest is dropped with a warning (default 262,144;
 *     WhatsApp itself caps a message at 65,536 characters)
 * @param ambiguousDateOrder the order used when nothing in the file decides between day-first and
 *     month-first (default day-first, as in Mali and most of the world)
 */
public record WhatsAppOptions(int maxLineChars, int maxMessageChars, DateOrder ambiguousDateOrder) {
    public WhatsAppOptions {
        if (maxLineChars < 256 || maxMessageChars < maxLineChars) {
            throw new IllegalArgumentException("need 256 <= maxLineChars <= maxMessageChars");
        }
        Objects.requireNonNull(ambiguousDateOrder, "ambiguousDateOrder");
        if (ambiguousDateOrder == DateOrder.YEAR_MONTH_DAY) {
            throw new IllegalArgumentException("the ambiguous choice is between day-first and month-first");
        }
    }

    public static WhatsAppOptions defaults() {
        return new WhatsAppOptions(65_536, 262_144, DateOrder.DAY_MONTH_YEAR);
    }

    public WhatsAppOptions withAmbiguousDateOrder(DateOrder order) {
        return new WhatsAppOptions(maxLineChars, maxMessageChars, order);
    }
}
