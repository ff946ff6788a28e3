package org.jeli.chat.whatsapp;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The first pass: decides the date order of a whole file from its header lines alone. It keeps a
 * handful of counters and the previous date under each candidate order, never the lines, so memory
 * does not grow with the file.
 *
 * <p>Rules, strongest first: four-digit first fields mean year-first; a first field above 12
 * refutes month-first and a second field above 12 refutes day-first; when nothing is refuted, the
 * order under which the dates more often run forward wins; otherwise the configured default.
 */
final class DateOrderSurvey {
    private final HeaderMatcher headers = new HeaderMatcher();
    private long count;
    private long yearFirst;
    private long refutesMonthFirst;
    private long refutesDayFirst;
    private final Chronology dayFirst = new Chronology(DateOrder.DAY_MONTH_YEAR);
    private final Chronology monthFirst = new Chronology(DateOrder.MONTH_DAY_YEAR);

    static DateOrderDecision survey(BoundedLineReader lines, DateOrder fallback) throws IOException {
        DateOrderSurvey survey = new DateOrderSurvey();
        for (BoundedLineReader.Line line = lines.next(); line != null; line = lines.next()) {
            survey.headers.match(line.text()).ifPresent(survey::count);
        }
        return survey.decide(fallback);
    }

    private void count(RawHeader h) {
        count++;
        if (h.firstDigits() == 4) {
            yearFirst++;
            return;
        }
        if (h.first() > 12) {
            refutesMonthFirst++;
        }
        if (h.second() > 12) {
            refutesDayFirst++;
        }
        dayFirst.add(h);
        monthFirst.add(h);
    }

    private DateOrderDecision decide(DateOrder fallback) {
        if (yearFirst * 2 > count) {
            return decision(DateOrder.YEAR_MONTH_DAY, DateOrderDecision.Evidence.YEAR_FIRST);
        }
        if (refutesMonthFirst > 0 && refutesDayFirst > 0) {
            return decision(
                    refutesDayFirst < refutesMonthFirst ? DateOrder.DAY_MONTH_YEAR : DateOrder.MONTH_DAY_YEAR,
                    DateOrderDecision.Evidence.CONFLICT);
        }
        if (refutesMonthFirst > 0) {
            return decision(DateOrder.DAY_MONTH_YEAR, DateOrderDecision.Evidence.IMPOSSIBLE_DATES);
        }
        if (refutesDayFirst > 0) {
            return decision(DateOrder.MONTH_DAY_YEAR, DateOrderDecision.Evidence.IMPOSSIBLE_DATES);
        }
        if (dayFirst.backwards != monthFirst.backwards) {
            return decision(
                    dayFirst.backwards < monthFirst.backwards ? DateOrder.DAY_MONTH_YEAR : DateOrder.MONTH_DAY_YEAR,
                    DateOrderDecision.Evidence.CHRONOLOGY);
        }
        return decision(fallback, DateOrderDecision.Evidence.ASSUMED);
    }

    private DateOrderDecision decision(DateOrder order, DateOrderDecision.Evidence evidence) {
        return new DateOrderDecision(order, evidence, count);
    }

    /** Counts how often dates step backwards when read in one order. */
    private static final class Chronology {
        private final DateOrder order;
        private LocalDate previous;
        private long backwards;

        Chronology(DateOrder order) {
            this.order = order;
        }

        void add(RawHeader h) {
            try {
                LocalDate date = order.toDate(h);
                if (previous != null && date.isBefore(previous)) {
                    backwards++;
                }
                previous = date;
            } catch (DateTimeException impossible) {
                // counted by the refutation counters
            }
        }
    }
}
