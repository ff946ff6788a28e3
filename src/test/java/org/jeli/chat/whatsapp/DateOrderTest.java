package org.jeli.chat.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jeli.chat.CollectedChat.resource;

import java.io.IOException;
import java.time.LocalDateTime;
import org.jeli.chat.ChatImportRefusedException;
import org.jeli.chat.CollectedChat;
import org.jeli.chat.Message;
import org.jeli.chat.RefusalReason;
import org.jeli.chat.WarningKind;
import org.jeli.chat.whatsapp.DateOrderDecision.Evidence;
import org.junit.jupiter.api.Test;

/** The day/month order is decided once per file, from all of its dates. */
class DateOrderTest {
    private final CollectedChat chat = new CollectedChat();

    private DateOrderDecision parse(String fixture, WhatsAppOptions options) throws IOException {
        return new WhatsAppParser(options).parse(resource("whatsapp/" + fixture), null, chat);
    }

    private DateOrderDecision parse(String fixture) throws IOException {
        return parse(fixture, WhatsAppOptions.defaults());
    }

    @Test
    void aDayAbove12DecidesDayFirstForTheWholeFileIncludingEarlierAmbiguousDates() throws IOException {
        DateOrderDecision decision = parse("android-en-bom-crlf.txt");

        assertThat(decision.order()).isEqualTo(DateOrder.DAY_MONTH_YEAR);
        assertThat(decision.evidence()).isEqualTo(Evidence.IMPOSSIBLE_DATES);
        assertThat(chat.messages().get(0).time()).isEqualTo(LocalDateTime.parse("2023-02-01T10:00"));
    }

    @Test
    void aMonthAbove12InTheSecondFieldDecidesMonthFirst() throws IOException {
        assertThat(parse("android-en-12h-month-first.txt").order()).isEqualTo(DateOrder.MONTH_DAY_YEAR);
    }

    @Test
    void fourDigitFirstFieldsMeanYearFirst() throws IOException {
        assertThat(parse("android-en-year-first-dashes.txt"))
                .isEqualTo(new DateOrderDecision(DateOrder.YEAR_MONTH_DAY, Evidence.YEAR_FIRST, 3));
    }

    @Test
    void whenEveryDateFitsBothOrdersTheOneWhereTimeRunsForwardWins() throws IOException {
        assertThat(parse("android-ambiguous-dates-run-forward-day-first.txt"))
                .isEqualTo(new DateOrderDecision(DateOrder.DAY_MONTH_YEAR, Evidence.CHRONOLOGY, 3));
        assertThat(chat.messages()).extracting(Message::time).last().isEqualTo(LocalDateTime.parse("2023-02-01T10:00"));
    }

    @Test
    void timeRunningForwardCanAlsoDecideMonthFirst() throws IOException {
        assertThat(parse("android-ambiguous-dates-run-forward-month-first.txt"))
                .isEqualTo(new DateOrderDecision(DateOrder.MONTH_DAY_YEAR, Evidence.CHRONOLOGY, 3));
        assertThat(chat.messages()).extracting(Message::time).last().isEqualTo(LocalDateTime.parse("2023-02-01T10:00"));
    }

    @Test
    void whenNothingDecidesDayFirstIsAssumedAndTheArchivistIsWarned() throws IOException {
        DateOrderDecision decision = parse("android-ambiguous-dates-undecidable.txt");

        assertThat(decision.evidence()).isEqualTo(Evidence.ASSUMED);
        assertThat(chat.messages().get(0).time()).isEqualTo(LocalDateTime.parse("2023-04-03T10:00"));
        assertThat(chat.warnings()).singleElement().satisfies(w -> {
            assertThat(w.warningKind()).isEqualTo(WarningKind.DATE_ORDER_ASSUMED);
            assertThat(w.line()).isZero();
        });
    }

    @Test
    void theAssumedOrderCanBeConfiguredForAnImport() throws IOException {
        parse(
                "android-ambiguous-dates-undecidable.txt",
                WhatsAppOptions.defaults().withAmbiguousDateOrder(DateOrder.MONTH_DAY_YEAR));

        assertThat(chat.messages().get(0).time()).isEqualTo(LocalDateTime.parse("2023-03-04T10:00"));
    }

    @Test
    void textBeforeTheFirstMessageAndImpossibleDatesAreReportedWithTheirLine() throws IOException {
        parse("android-text-before-first-header.txt");

        assertThat(chat.warnings())
                .extracting(w -> w.line() + " " + w.warningKind())
                .containsExactly("1 UNPARSEABLE_LINE", "3 INVALID_TIMESTAMP");
        assertThat(chat.messages()).hasSize(2);
        assertThat(chat.messages().get(0).text()).isEqualTo("first message\n31/02/2023, 09:21 - Awa: impossible date");
    }

    @Test
    void aFileWithoutAnyMessageHeaderIsNotAChat() {
        assertThatThrownBy(() -> parse("not-a-chat.txt"))
                .isInstanceOfSatisfying(
                        ChatImportRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RefusalReason.NOT_A_CHAT));
        assertThat(chat.events()).isEmpty();
    }
}
