package org.jeli.chat.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jeli.chat.CollectedChat.resource;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import org.jeli.chat.Attachment;
import org.jeli.chat.AttachmentKind;
import org.jeli.chat.CollectedChat;
import org.jeli.chat.GapKind;
import org.jeli.chat.Message;
import org.jeli.chat.MessageFlag;
import org.jeli.chat.SystemEvent;
import org.jeli.chat.SystemEventKind;
import org.junit.jupiter.api.Test;

/** Each fixture is an export as a phone writes it; each test states what the archivist sees. */
class WhatsAppExportsTest {
    private static final String DIR = "whatsapp/";

    static CollectedChat parse(String fixture) throws IOException {
        CollectedChat chat = new CollectedChat();
        new WhatsAppParser().parse(resource(DIR + fixture), "Boni Entraide", chat);
        return chat;
    }

    static LocalDateTime at(String iso) {
        return LocalDateTime.parse(iso);
    }

    @Test
    void anEnglishAndroidGroupShowsMessagesNoticesGapsPhotosAndVoiceNotesInOrder() throws IOException {
        CollectedChat chat = parse("android-en-24h-day-first-with-media.txt");

        assertThat(chat.conversations())
                .singleElement()
                .satisfies(c -> assertThat(c.name()).isEqualTo("Boni Entraide"));
        assertThat(chat.positions()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
        assertThat(chat.messages()).hasSize(5);
        assertThat(chat.senders()).containsExactly("Awa Traoré", "Moussa Diallo", "+223 70 12 34 56");
        assertThat(chat.systemEvents())
                .extracting(SystemEvent::systemKind)
                .containsExactly(
                        SystemEventKind.ENCRYPTION_NOTICE,
                        SystemEventKind.GROUP_CREATED,
                        SystemEventKind.ADDED,
                        SystemEventKind.SUBJECT_CHANGED,
                        SystemEventKind.ICON_CHANGED,
                        SystemEventKind.LEFT);
        assertThat(chat.systemEvents().get(1).actor()).isEqualTo("Awa Traoré");
        assertThat(chat.systemEvents().get(5).actor()).isEqualTo("Moussa Diallo");
        assertThat(chat.gaps()).singleElement().satisfies(g -> {
            assertThat(g.position()).isEqualTo(7);
            assertThat(g.sender()).isEqualTo("+223 70 12 34 56");
            assertThat(g.time()).isEqualTo(at("2023-03-13T18:41"));
            assertThat(g.gapKind()).isEqualTo(GapKind.MEDIA_OMITTED);
        });
        assertThat(chat.warnings()).isEmpty();

        List<Message> m = chat.messages();
        assertThat(m.get(0).time()).isEqualTo(at("2023-03-12T09:20"));
        assertThat(m.get(0).text())
                .isEqualTo(
                        "The road to Boni is closed since this morning.\nSoldiers at the checkpoint.\nNobody can pass.");
        assertThat(m.get(1).attachments())
                .containsExactly(new Attachment("IMG-20230312-WA0001.jpg", AttachmentKind.PHOTO));
        assertThat(m.get(1).text()).endsWith("\nThe market, burnt");
        assertThat(m.get(2).attachments())
                .containsExactly(new Attachment("PTT-20230313-WA0002.opus", AttachmentKind.VOICE));
        assertThat(m.get(2).has(MessageFlag.VOICE)).isTrue();
        assertThat(m.get(3).flags()).containsExactly(MessageFlag.DELETED);
        assertThat(m.get(4).flags()).containsExactly(MessageFlag.EDITED);
        assertThat(m.get(4).text()).isEqualTo("Is everyone here? I added Moussa yesterday");
    }

    @Test
    void aSubjectContainingAColonIsStillASubjectChange() throws IOException {
        SystemEvent subject =
                parse("android-en-24h-day-first-with-media.txt").systemEvents().get(3);

        assertThat(subject.systemKind()).isEqualTo(SystemEventKind.SUBJECT_CHANGED);
        assertThat(subject.text()).endsWith("to \"Boni Entraide: 2023\"");
        assertThat(subject.time()).isEqualTo(at("2023-03-14T07:02"));
    }

    @Test
    void anAmericanAndroidPhoneWithA12HourClockGetsMiddayAndMidnightRight() throws IOException {
        CollectedChat chat = parse("android-en-12h-month-first.txt");

        assertThat(chat.systemEvents())
                .extracting(SystemEvent::systemKind)
                .containsExactly(SystemEventKind.ENCRYPTION_NOTICE);
        assertThat(chat.messages())
                .extracting(Message::time)
                .containsExactly(
                        at("2023-03-14T08:05"), at("2023-03-14T12:30"), at("2023-03-14T23:59"), at("2023-03-15T00:10"));
        assertThat(chat.senders()).containsExactly("Fatoumata", "Ibrahim");
    }

    @Test
    void aFrenchAndroidGroupShowsFrenchNoticesAttachmentsAndOmittedMedia() throws IOException {
        CollectedChat chat = parse("android-fr-24h-day-first-with-media.txt");

        assertThat(chat.messages()).hasSize(6);
        assertThat(chat.senders()).containsExactly("Awa Traoré", "Moussa Diallo");
        assertThat(chat.systemEvents())
                .extracting(SystemEvent::systemKind)
                .containsExactly(
                        SystemEventKind.ENCRYPTION_NOTICE,
                        SystemEventKind.GROUP_CREATED,
                        SystemEventKind.ADDED,
                        SystemEventKind.SUBJECT_CHANGED,
                        SystemEventKind.ICON_CHANGED,
                        SystemEventKind.LEFT);
        assertThat(chat.gaps())
                .singleElement()
                .satisfies(g -> assertThat(g.time()).isEqualTo(at("2023-03-13T18:41")));
        assertThat(chat.messages().stream().flatMap(m -> m.attachments().stream()))
                .containsExactly(
                        new Attachment("IMG-20230312-WA0001.jpg", AttachmentKind.PHOTO),
                        new Attachment("VID-20230312-WA0002.mp4", AttachmentKind.VIDEO),
                        new Attachment("PTT-20230313-WA0003.opus", AttachmentKind.VOICE));
        assertThat(chat.messages().get(4).flags()).containsExactly(MessageFlag.DELETED);
        assertThat(chat.messages().get(5).flags()).containsExactly(MessageFlag.EDITED);
        assertThat(chat.messages().get(5).text()).isEqualTo("Tout le monde est là ?");
        assertThat(chat.messages().get(0).time()).isEqualTo(at("2023-03-12T09:20"));
    }

    @Test
    void dottedDatesWithTwoDigitYearsAreReadDayFirst() throws IOException {
        CollectedChat chat = parse("android-fr-dotted-two-digit-year.txt");

        assertThat(chat.messages())
                .extracting(Message::time)
                .containsExactly(at("2023-03-14T09:15"), at("2023-03-14T09:17"), at("2023-03-15T21:03"));
        assertThat(chat.messages().get(2).attachments())
                .containsExactly(new Attachment("DOC-20230315-WA0004.pdf", AttachmentKind.FILE));
        assertThat(chat.messages().get(2).text()).endsWith("\nListe des familles déplacées");
    }

    @Test
    void anArabicAndroidPhoneWithArabicDigitsAndMorningEveningMarks() throws IOException {
        CollectedChat chat = parse("android-ar-12h-arabic-digits.txt");

        assertThat(chat.systemEvents())
                .extracting(SystemEvent::systemKind)
                .containsExactly(SystemEventKind.ENCRYPTION_NOTICE, SystemEventKind.ADDED, SystemEventKind.LEFT);
        assertThat(chat.messages()).extracting(Message::sender).containsExactly("عائشة", "محمد");
        assertThat(chat.messages())
                .extracting(Message::time)
                .containsExactly(at("2023-03-12T09:20"), at("2023-03-12T14:05"));
        assertThat(chat.messages().get(1).attachments())
                .containsExactly(new Attachment("IMG-20230312-WA0005.jpg", AttachmentKind.PHOTO));
        assertThat(chat.gaps()).singleElement().satisfies(g -> {
            assertThat(g.time()).isEqualTo(at("2023-03-13T20:00"));
            assertThat(g.sender()).isEqualTo("محمد");
        });
        assertThat(chat.systemEvents().get(2).time()).isEqualTo(at("2023-03-13T20:30"));
    }

    @Test
    void anArabicAndroidPhoneWithLatinDigitsAndRightToLeftMarks() throws IOException {
        CollectedChat chat = parse("android-ar-24h-latin-digits.txt");

        assertThat(chat.messages()).hasSize(3);
        assertThat(chat.senders()).containsExactly("فاطمة", "+223 76 00 00 01");
        assertThat(chat.messages().get(0).time()).isEqualTo(at("2023-04-25T22:10"));
        assertThat(chat.messages().get(1).attachments())
                .containsExactly(new Attachment("AUD-20230425-WA0006.mp3", AttachmentKind.AUDIO));
        assertThat(chat.messages().get(2).flags()).containsExactly(MessageFlag.DELETED);
    }

    @Test
    void anEnglishIphoneGroupShowsBracketedHeadersSecondsAndAttachedFiles() throws IOException {
        CollectedChat chat = parse("ios-en-24h-day-first-with-media.txt");

        assertThat(chat.systemEvents())
                .extracting(SystemEvent::systemKind)
                .containsExactly(
                        SystemEventKind.ENCRYPTION_NOTICE,
                        SystemEventKind.GROUP_CREATED,
                        SystemEventKind.ADDED,
                        SystemEventKind.LEFT);
        assertThat(chat.systemEvents().get(2).actor()).isEqualTo("Awa Traoré");
        assertThat(chat.messages()).hasSize(4);
        assertThat(chat.senders()).containsExactly("Awa Traoré", "Moussa Diallo", "+223 70 12 34 56");
        assertThat(chat.messages().get(0).text()).isEqualTo("The road to Boni is closed.\nSoldiers at the checkpoint.");
        assertThat(chat.messages().get(1).time()).isEqualTo(at("2023-03-12T09:22:35"));
        assertThat(chat.messages().get(1).attachments())
                .containsExactly(new Attachment("00000012-PHOTO-2023-03-12-09-22-35.jpg", AttachmentKind.PHOTO));
        assertThat(chat.messages().get(2).flags()).containsExactly(MessageFlag.VOICE);
        assertThat(chat.messages().get(3).flags()).containsExactly(MessageFlag.DELETED);
        assertThat(chat.gaps())
                .singleElement()
                .satisfies(g -> assertThat(g.time()).isEqualTo(at("2023-03-13T18:41")));
    }

    @Test
    void anAmericanIphoneWith12HourClockAndNarrowNoBreakSpaces() throws IOException {
        CollectedChat chat = parse("ios-en-12h-month-first.txt");

        assertThat(chat.messages())
                .extracting(Message::time)
                .containsExactly(at("2023-03-14T08:05:10"), at("2023-03-14T12:30:45"), at("2023-03-15T00:10"));
        assertThat(chat.messages().get(2).attachments())
                .containsExactly(new Attachment("00000003-VIDEO-2023-03-15-00-10-00.mp4", AttachmentKind.VIDEO));
    }

    @Test
    void aFrenchIphoneShowsPiecesJointesAndVoiceNotes() throws IOException {
        CollectedChat chat = parse("ios-fr-24h-day-first-with-media.txt");

        assertThat(chat.systemEvents())
                .extracting(SystemEvent::systemKind)
                .containsExactly(SystemEventKind.ENCRYPTION_NOTICE, SystemEventKind.ADDED, SystemEventKind.LEFT);
        assertThat(chat.messages()).hasSize(3);
        assertThat(chat.messages().get(1).attachments())
                .containsExactly(new Attachment("00000014-AUDIO-2023-03-13-18-40-05.opus", AttachmentKind.VOICE));
        assertThat(chat.messages().get(1).has(MessageFlag.VOICE)).isTrue();
        assertThat(chat.messages().get(2).attachments())
                .containsExactly(new Attachment("00000015-PHOTO-2023-03-13-18-41-00.jpg", AttachmentKind.PHOTO));
        assertThat(chat.messages().get(2).text()).endsWith("\nPhoto du pont");
    }

    @Test
    void anArabicIphoneWithArabicDigits() throws IOException {
        CollectedChat chat = parse("ios-ar-12h-arabic-digits.txt");

        assertThat(chat.systemEvents())
                .extracting(SystemEvent::systemKind)
                .containsExactly(SystemEventKind.ENCRYPTION_NOTICE);
        assertThat(chat.messages())
                .extracting(Message::time)
                .containsExactly(at("2023-03-12T14:05:33"), at("2023-03-13T23:40"));
        assertThat(chat.messages().get(1).attachments())
                .containsExactly(new Attachment("00000016-PHOTO-2023-03-13-23-40-00.jpg", AttachmentKind.PHOTO));
    }

    @Test
    void yearFirstDatesWithDashes() throws IOException {
        CollectedChat chat = parse("android-en-year-first-dashes.txt");

        assertThat(chat.messages())
                .extracting(Message::time)
                .containsExactly(at("2023-03-12T14:05"), at("2023-03-12T14:06"), at("2023-04-01T08:00"));
    }

    @Test
    void aWindowsCopyWithByteOrderMarkAndCrlfLineEnds() throws IOException {
        CollectedChat chat = parse("android-en-bom-crlf.txt");

        assertThat(chat.warnings()).isEmpty();
        assertThat(chat.messages()).hasSize(2);
        assertThat(chat.messages().get(0).sender()).isEqualTo("Awa");
        assertThat(chat.messages().get(0).text()).isEqualTo("Line one\nLine two");
        assertThat(chat.messages().get(0).time()).isEqualTo(at("2023-02-01T10:00"));
    }

    @Test
    void leftToRightMarksAndNoBreakSpacesAroundTheHeader() throws IOException {
        CollectedChat chat = parse("ios-en-lrm-nbsp.txt");

        assertThat(chat.messages())
                .extracting(Message::time)
                .containsExactly(at("2022-12-25T20:00"), at("2022-12-25T20:01:30"));
        assertThat(chat.senders()).containsExactly("Awa", "Moussa");
        assertThat(chat.messages().get(1).text()).isEqualTo("Merci\u00A0!");
    }

    @Test
    void spanishAndPortugueseAttachmentsAndAfternoonMarks() throws IOException {
        CollectedChat chat = parse("android-es-pt-attachments-12h.txt");

        assertThat(chat.messages())
                .flatExtracting(Message::attachments)
                .containsExactly(
                        new Attachment("IMG-20230314-WA0008.jpg", AttachmentKind.PHOTO),
                        new Attachment("DOC-20230314-WA0009.pdf", AttachmentKind.FILE));
        assertThat(chat.messages().get(0).time()).isEqualTo(at("2023-03-14T14:05"));
        assertThat(chat.gaps())
                .singleElement()
                .satisfies(g -> assertThat(g.time()).isEqualTo(at("2023-03-14T02:07")));
    }
}
