package org.jeli.chat.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jeli.chat.Attachment;
import org.jeli.chat.ChatFormat;
import org.jeli.chat.ChatImportRefusedException;
import org.jeli.chat.CollectedChat;
import org.jeli.chat.RefusalReason;
import org.jeli.chat.telegram.TelegramParser;
import org.jeli.chat.whatsapp.WhatsAppParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Archives as phones and Telegram Desktop produce them, written here with the JDK's zip writer. */
class ChatExportArchiveTest {
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10};

    @TempDir
    Path dir;

    private final CollectedChat chat = new CollectedChat();
    private final ChatExportParser parser = new ChatExportParser(new WhatsAppParser(), new TelegramParser());

    private Path zip(Map<String, byte[]> files) throws IOException {
        Path zip = dir.resolve("export.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (var file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue());
                out.closeEntry();
            }
        }
        return zip;
    }

    private static byte[] fixture(String path) throws IOException {
        try (InputStream in = ChatExportArchiveTest.class.getResourceAsStream("/chat/" + path)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aFrenchAndroidExportLinksEachPhotoAndVoiceNoteToItsMessage() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(
                "Discussion WhatsApp avec Boni Entraide.txt",
                fixture("whatsapp/android-fr-24h-day-first-with-media.txt"));
        files.put("IMG-20230312-WA0001.jpg", JPEG);
        files.put("VID-20230312-WA0002.mp4", new byte[] {0, 0, 0, 0x18});
        files.put("PTT-20230313-WA0003.opus", "OggS".getBytes(StandardCharsets.US_ASCII));

        try (SafeZip zip = SafeZip.open(zip(files), ArchiveLimits.defaults())) {
            LocatedExport export = ChatExportLocator.locate(zip);
            parser.parse(zip, export, chat);

            assertThat(export.format()).isEqualTo(ChatFormat.WHATSAPP_TEXT);
            assertThat(export.chatName()).isEqualTo("Boni Entraide");
            assertThat(chat.conversations().get(0).name()).isEqualTo("Boni Entraide");
            assertThat(chat.messages()).hasSize(6);
            List<String> linked = chat.messages().stream()
                    .flatMap(m -> m.attachments().stream())
                    .map(a -> export.attachments().find(a.name()).orElseThrow().name())
                    .toList();
            assertThat(linked)
                    .containsExactly("IMG-20230312-WA0001.jpg", "VID-20230312-WA0002.mp4", "PTT-20230313-WA0003.opus");
            try (InputStream photo = zip.open(
                    export.attachments().find("IMG-20230312-WA0001.jpg").orElseThrow())) {
                assertThat(photo.readAllBytes()).isEqualTo(JPEG);
            }
        }
    }

    @Test
    void anIphoneExportIsFoundByItsUnderscoreChatFile() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("_chat.txt", fixture("whatsapp/ios-en-24h-day-first-with-media.txt"));
        files.put("00000012-PHOTO-2023-03-12-09-22-35.jpg", JPEG);

        try (SafeZip zip = SafeZip.open(zip(files), ArchiveLimits.defaults())) {
            LocatedExport export = ChatExportLocator.locate(zip);
            parser.parse(zip, export, chat);

            assertThat(export.chatName()).isNull();
            List<Attachment> attachments = chat.messages().stream()
                    .flatMap(m -> m.attachments().stream())
                    .toList();
            assertThat(attachments).hasSize(2);
            assertThat(export.attachments().find(attachments.get(0).name())).isPresent();
            assertThat(export.attachments().find(attachments.get(1).name()))
                    .as("a voice note missing from the archive is not linked")
                    .isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "WhatsApp Chat with Boni Entraide.txt | Boni Entraide",
                "WhatsApp Chat - Boni Entraide.txt | Boni Entraide",
                "Discussion WhatsApp avec Boni Entraide.txt | Boni Entraide",
                "Chat de WhatsApp con Familia Diallo.txt | Familia Diallo",
                "Conversa do WhatsApp com Família.txt | Família",
                "محادثة واتساب مع عائلة.txt | عائلة",
            })
    void theChatFileIsFoundInEveryLanguageAndNamesTheChat(String fileName, String chatName) throws IOException {
        try (SafeZip zip = SafeZip.open(
                zip(Map.of(fileName, fixture("whatsapp/android-en-bom-crlf.txt"))), ArchiveLimits.defaults())) {
            LocatedExport export = ChatExportLocator.locate(zip);

            assertThat(export.chatName()).isEqualTo(chatName);
            assertThat(export.format()).isEqualTo(ChatFormat.WHATSAPP_TEXT);
        }
    }

    @Test
    void aTelegramExportFolderLinksFilesByTheirRelativePath() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("ChatExport_2023-03-14/result.json", fixture("telegram/single-chat/result.json"));
        files.put("ChatExport_2023-03-14/photos/photo_1@12-03-2023_09-22-35.jpg", JPEG);
        files.put("ChatExport_2023-03-14/voice_messages/audio_1@13-03-2023_18-40-05.ogg", new byte[] {1});
        files.put("ChatExport_2023-03-14/files/list.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        files.put("ChatExport_2023-03-14/files/evidence.zip", new byte[] {'P', 'K', 3, 4});

        try (SafeZip zip = SafeZip.open(zip(files), ArchiveLimits.defaults())) {
            LocatedExport export = ChatExportLocator.locate(zip);
            parser.parse(zip, export, chat);

            assertThat(export.format()).isEqualTo(ChatFormat.TELEGRAM_JSON);
            assertThat(chat.messages()).hasSize(8);
            assertThat(export.attachments().find("photos/photo_1@12-03-2023_09-22-35.jpg"))
                    .map(ArchiveEntry::name)
                    .contains("ChatExport_2023-03-14/photos/photo_1@12-03-2023_09-22-35.jpg");
            assertThat(export.attachments().find("files/list.pdf")).isPresent();
            assertThat(export.attachments().find("video_files/market.mp4")).isEmpty();
        }
    }

    @Test
    void anArchiveWithoutAChatFileIsNotAChatExport() throws IOException {
        try (SafeZip zip = SafeZip.open(
                zip(Map.of("holiday.jpg", JPEG, "notes.txt", new byte[] {'x'})), ArchiveLimits.defaults())) {
            assertThatThrownBy(() -> ChatExportLocator.locate(zip))
                    .isInstanceOfSatisfying(
                            ChatImportRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(RefusalReason.NO_CHAT_FILE));
        }
    }

    @Test
    void anArchiveWithTwoChatsIsAmbiguous() throws IOException {
        Map<String, byte[]> files = Map.of(
                "_chat.txt", fixture("whatsapp/ios-en-lrm-nbsp.txt"),
                "other/result.json", fixture("telegram/single-chat/result.json"));

        try (SafeZip zip = SafeZip.open(zip(files), ArchiveLimits.defaults())) {
            assertThatThrownBy(() -> ChatExportLocator.locate(zip))
                    .isInstanceOfSatisfying(
                            ChatImportRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(RefusalReason.AMBIGUOUS_CHAT_FILE));
        }
    }

    @Test
    void aChatFileThatHoldsNoMessagesIsNotAChat() throws IOException {
        try (SafeZip zip =
                SafeZip.open(zip(Map.of("_chat.txt", fixture("whatsapp/not-a-chat.txt"))), ArchiveLimits.defaults())) {
            LocatedExport export = ChatExportLocator.locate(zip);

            assertThatThrownBy(() -> parser.parse(zip, export, chat))
                    .isInstanceOfSatisfying(
                            ChatImportRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(RefusalReason.NOT_A_CHAT));
        }
    }

    @Test
    void anArchiveMadeByTheZipCommandIsRead() throws IOException, InterruptedException {
        Path folder = Files.createDirectories(dir.resolve("export"));
        Files.write(folder.resolve("_chat.txt"), fixture("whatsapp/ios-en-lrm-nbsp.txt"));
        Files.write(folder.resolve("IMG-20230312-WA0001.jpg"), JPEG);
        Path zip = dir.resolve("by-zip.zip");
        Process process = new ProcessBuilder("zip", "-q", "-r", zip.toString(), ".")
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .start();
        try (OutputStream ignored = process.getOutputStream()) {
            process.getInputStream().readAllBytes();
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(process.waitFor() == 0, "zip command available");

        try (SafeZip opened = SafeZip.open(zip, ArchiveLimits.defaults())) {
            parser.parse(opened, ChatExportLocator.locate(opened), chat);
        }
        assertThat(chat.messages()).hasSize(2);
    }
}
