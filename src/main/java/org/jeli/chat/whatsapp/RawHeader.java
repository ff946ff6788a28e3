package org.jeli.chat.whatsapp;

/**
 * The fields of a header line as written, before the date order is known.
 *
 * @param first first date field
 * @param second second date field
 * @param third third date field
 * @param firstDigits how many digits the first field had (4 means year-first)
 * @param thirdDigits how many digits the third field had
 * @param hour hour as written (1–12 when {@code meridiem} is not {@code NONE})
 * @param minute minute
 * @param secondOfMinute seconds, 0 when not written
 * @param meridiem AM, PM or none
 * @param bodyStart index in the original line where the text after the header begins
 */
record RawHeader(
        HeaderStyle style,
        int first,
        int second,
        int third,
        int firstDigits,
        int thirdDigits,
        int hour,
        int minute,
        int secondOfMinute,
        Meridiem meridiem,
        int bodyStart) {

    /** Morning or afternoon on a 12-hour clock. */
    enum Meridiem {
        NONE,
        AM,
        PM
    }
}
