package org.jeli.chat.whatsapp;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** The order of the three date fields in a WhatsApp header. Stable names. */
public enum DateOrder {
    DAY_MONTH_YEAR,
    MONTH_DAY_YEAR,
    YEAR_MONTH_DAY;

    /**
     * The local date and time {@code header} denotes under this order. Two-digit years are in the
     * 2000s (WhatsApp dates from 2009).
     *
     * @throws DateTimeException if the fields make no real date or time
     */
    LocalDateTime toDateTime(RawHeader header) {
        return LocalDateTime.of(toDate(header), toTime(header));
    }

    LocalDate toDate(RawHeader h) {
        return switch (this) {
            case DAY_MONTH_YEAR -> LocalDate.of(year(h.third(), h.thirdDigits()), h.second(), h.first());
            case MONTH_DAY_YEAR -> LocalDate.of(year(h.third(), h.thirdDigits()), h.first(), h.second());
            case YEAR_MONTH_DAY -> LocalDate.of(year(h.first(), h.firstDigits()), h.second(), h.third());
        };
    }

    private static int year(int value, int digits) {
        if (digits == 2) {
            return 2000 + value;
        }
        if (digits != 4) {
            throw new DateTimeException("year must have 2 or 4 digits");
        }
        return value;
    }

    private static LocalTime toTime(RawHeader h) {
        int hour = h.hour();
        switch (h.meridiem()) {
            case NONE -> {}
            case AM -> hour = twelveHour(hour) % 12;
            case PM -> hour = twelveHour(hour) % 12 + 12;
        }
        return LocalTime.of(hour, h.minute(), h.secondOfMinute());
    }

    private static int twelveHour(int hour) {
        if (hour < 1 || hour > 12) {
            throw new DateTimeException("12-hour clock hour out of range");
        }
        return hour;
    }
}
