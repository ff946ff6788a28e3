package org.jeli.chat.whatsapp;

import java.util.Objects;

/**
 * The date order chosen for a whole file and why.
 *
 * @param order the order every header of the file is read in
 * @param evidence what the choice rests on
 * @param headers how many header lines the survey saw
 */
public record DateOrderDecision(DateOrder order, Evidence evidence, long headers) {
    public DateOrderDecision {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** What a date-order decision rests on, strongest first. Stable names. */
    public enum Evidence {
        /** The first field has four digits. */
        YEAR_FIRST,
        /** Some date is impossible in the other order (a field above 12). */
        IMPOSSIBLE_DATES,
        /** No impossible dates, but the dates run forward in this order and backward in the other. */
        CHRONOLOGY,
        /** Both orders are refuted by some dates; this one by fewer. */
        CONFLICT,
        /** Nothing decides; the configured default was taken. */
        ASSUMED
    }
}
