package org.jeli.chat.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jeli.chat.CollectedChat.resource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.jeli.chat.Attachment;
import org.jeli.chat.AttachmentKind;
import org.jeli.chat.ChatImportRefusedException;
import org.jeli.chat.CollectedChat;
import org.jeli.chat.ConversationStart;
import org.jeli.chat.GapKind;
import org.jeli.chat.Message;
import org.jeli.chat.MessageFlag;
import org.jeli.chat.RefusalReason;
import org.jeli.chat.SystemEvent;
import org.jeli.chat.SystemEventKind;
import org.jeli.chat.WarningKind;
import org.junit.jupiter.api.Test;

class TelegramExportsTest {
    private final CollectedChat chat = new CollectedChat();

    private CollectedChat parse(String fixture) throws IOException {
        new TelegramParser().parse(resource("telegram/" + fixture), chat);
        return chat;
    }

    private static LocalDateTime at(String iso) {
        return LocalDateTime.parse(iso);
    }

    @Test
    void aSingleGroupShowsMessagesRepliesForwardsEditsVoiceAndVideoMessages() throws IOException {
        parse("single-chat/result.json");

        assertThat(chat.conversations())
                .containsExactly(new ConversationStart(0, "Boni Entraide", "private_supergroup", "1700000001"));
        assertThat(chat.positions()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
        assertThat(chat.messages()).hasSize(8);
        assertThat(chat.senders()).containsExactly("Awa Traoré", "Moussa Diallo", "Fatoumata");
        assertThat(chat.systemEvents())
                .extracting(SystemEvent::systemKind)
                .containsExactly(SystemEventKind.GROUP_CREATED, SystemEventKind.ADDED, SystemEventKind.LEFT);
        assertThat(chat.systemEvents().get(1).text()).isEqualTo("invite_members: Fatoumata");
        assertThat(chat.systemEvents().get(1).actor()).isEqualTo("Awa Traoré");

        List<Message> m = chat.messages();
        assertThat(m.get(0).text()).isEqualTo("The road to Boni is closed.\nSoldiers at the checkpoint.");
        assertThat(m.get(0).time()).isEqualTo(at("2023-03-12T09:20:11"));
        assertThat(m.get(0).instant()).isEqualTo(Instant.parse("2023-03-12T09:20:11Z"));
        assertThat(m.get(1).text()).isEqualTo("Market burnt, see photo");
        assertThat(m.get(1).replyToId()).isEqualTo("3");
        assertThat(m.get(1).flags()).containsExactly(MessageFlag.REPLY);
        assertThat(m.get(1).attachments())
                .containsExactly(new Attachment("photos/photo_1@12-03-2023_09-22-35.jpg", AttachmentKind.PHOTO));
        assertThat(m.get(2).forwardedFrom()).isEqualTo("Mopti News");
        assertThat(m.get(2).flags()).containsExactly(MessageFlag.FORWARDED);
        assertThat(m.get(2).attachments())
                .containsExactly(new Attachment("video_files/market.mp4", AttachmentKind.VIDEO));
        assertThat(m.get(3).flags()).containsExactly(MessageFlag.VOICE);
        assertThat(m.get(3).attachments())
                .containsExactly(
                        new Attachment("voice_messages/audio_1@13-03-2023_18-40-05.ogg", AttachmentKind.VOICE));
        assertThat(m.get(4).attachments()).extracting(Attachment::kind).containsExactly(AttachmentKind.VIDEO_MESSAGE);
        assertThat(m.get(5).flags()).containsExactly(MessageFlag.EDITED);
        assertThat(m.get(6).attachments()).containsExactly(new Attachment("files/list.pdf", AttachmentKind.FILE));
        assertThat(m.get(6).sourceId()).isEqualTo("10");
    }

    @Test
    void aFileLeftOutOfTheExportIsAGap() throws IOException {
        parse("single-chat/result.json");

        assertThat(chat.gaps()).singleElement().satisfies(g -> {
            assertThat(g.position()).isEqualTo(9);
            assertThat(g.gapKind()).isEqualTo(GapKind.FILE_NOT_INCLUDED);
            assertThat(g.sender()).isEqualTo("Moussa Diallo");
            assertThat(g.sourceId()).isEqualTo("9");
            assertThat(g.time()).isEqualTo(at("2023-03-13T20:00"));
        });
    }

    @Test
    void whenDateAndUnixTimeDisagreeTheUnixTimeWinsAndTheArchivistIsWarned() throws IOException {
        parse("single-chat/result.json");

        Message disagreeing = chat.messages().get(7);
        assertThat(disagreeing.instant()).isEqualTo(Instant.parse("2023-03-14T09:07:30Z"));
        assertThat(disagreeing.time()).isEqualTo(at("2023-03-14T09:07:30"));
        assertThat(chat.warnings()).singleElement().satisfies(w -> {
            assertThat(w.warningKind()).isEqualTo(WarningKind.TIMESTAMP_DISAGREEMENT);
            assertThat(w.detail()).isEqualTo("message id 11");
            assertThat(w.line()).isPositive();
        });
    }

    @Test
    void aWholeAccountShowsEveryChatIncludingLeftOnesAndSkipsPersonalInformation() throws IOException {
        parse("account/result.json");

        assertThat(chat.conversations())
                .containsExactly(
                        new ConversationStart(0, "Oumar", "personal_chat", "777"),
                        new ConversationStart(1, "Douentza Solidarité", "private_group", "888"),
                        new ConversationStart(2, null, "saved_messages", "555"),
                        new ConversationStart(3, "Old Boni group", "private_supergroup", "1000"));
        assertThat(chat.positions()).containsExactly(1L, 2L, 3L, 1L, 2L, 3L, 4L, 5L, 1L, 2L);
        assertThat(chat.messages()).hasSize(6);
        assertThat(chat.senders()).containsExactly("Oumar", "Aminata Koné");
        assertThat(chat.systemEvents())
                .extracting(SystemEvent::systemKind)
                .containsExactly(
                        SystemEventKind.GROUP_CREATED,
                        SystemEventKind.SUBJECT_CHANGED,
                        SystemEventKind.ICON_CHANGED,
                        SystemEventKind.JOINED);
        assertThat(chat.systemEvents().get(1).text()).isEqualTo("edit_group_title \"Douentza Entraide\"");
        assertThat(chat.messages().get(1).attachments())
                .containsExactly(
                        new Attachment("chats/chat_001/photos/photo_3@14-05-2023_10-25-00.jpg", AttachmentKind.PHOTO));
        assertThat(chat.messages().get(3).flags()).containsExactly(MessageFlag.VOICE);
        assertThat(chat.messages().get(4).flags()).containsExactly(MessageFlag.FORWARDED);
        assertThat(chat.events().toString()).doesNotContain("+223 70 00 00 00");
        assertThat(chat.warnings()).isEmpty();
    }

    @Test
    void aMessageWithOnlyALocalDateKeepsItWithoutAnInstant() throws IOException {
        parse("account/result.json");

        Message localOnly = chat.messages().get(2);
        assertThat(localOnly.time()).isEqualTo(at("2023-05-14T10:30"));
        assertThat(localOnly.instant()).isNull();
    }

    @Test
    void brokenJsonIsRefusedAsMalformed() {
        assertThatThrownBy(() -> parseText("{\"name\": \"x\", \"messages\": [ {\"id\": 1, "))
                .isInstanceOfSatisfying(
                        ChatImportRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RefusalReason.MALFORMED_JSON));
    }

    @Test
    void jsonWithoutChatsIsNotAChat() {
        assertThatThrownBy(() -> parseText("{\"about\": \"x\", \"contacts\": {\"list\": []}}"))
                .isInstanceOfSatisfying(
                        ChatImportRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RefusalReason.NOT_A_CHAT));
    }

    @Test
    void absurdlyDeepNestingIsRefusedAsMalformed() {
        String deep = "{\"messages\": [{\"id\": 1, \"x\": " + "[".repeat(500) + "]".repeat(500) + "}]}";

        assertThatThrownBy(() -> parseText(deep))
                .isInstanceOfSatisfying(
                        ChatImportRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RefusalReason.MALFORMED_JSON));
    }

    @Test
    void aMessageWithoutDateIsSkippedWithAWarning() throws IOException {
        parseText("{\"name\": \"x\", \"messages\": [{\"id\": 1, \"type\": \"message\", \"text\": \"t\"}]}");

        assertThat(chat.messages()).isEmpty();
        assertThat(chat.warnings()).extracting(w -> w.warningKind()).containsExactly(WarningKind.MALFORMED_MESSAGE);
    }

    private void parseText(String json) throws IOException {
        new TelegramParser().parse(() -> new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), chat);
    }
}
