package org.jeli.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jeli.chat.ChatImportRefusedException;
import org.jeli.chat.archive.ArchiveLimits;
import org.jeli.chat.archive.ChatExportLocator;
import org.jeli.chat.archive.ChatExportParser;
import org.jeli.chat.archive.SafeZip;
import org.jeli.chat.telegram.TelegramParser;
import org.jeli.chat.whatsapp.WhatsAppParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random inputs to the chat-export parsers: mutated real exports and random bytes. The only
 * exception any of them may throw is {@link ChatImportRefusedException} (their documented refusal),
 * and for the archive reader also {@link EOFException} for a truncated archive (SafeZip.open
 * documents an IOException when the file cannot be read); none may hang. The time bound per case guards against hangs, not speed.
 */
class ChatParsersFuzzTest {

    private static final Duration HANG = Duration.ofSeconds(20);
    private static final List<String> WHATSAPP = List.of(
            "android-en-24h-day-first-with-media.txt",
            "ios-fr-24h-day-first-with-media.txt",
            "android-ar-12h-arabic-digits.txt",
            "ios-en-lrm-nbsp.txt",
            "android-en-bom-crlf.txt");

    @TempDir
    Path dir;

    static byte[] resource(String path) {
        try (InputStream in = ChatParsersFuzzTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void whatsAppParserOnlyRefusesRandomInput() {
        Mutator.announce("whatsapp");
        Mutator m = new Mutator(Mutator.SEED);
        for (int i = 0; i < Mutator.CASES; i++) {
            byte[] input = i % 10 == 0
                    ? m.randomBytes(4096)
                    : m.mutate(resource("/chat/whatsapp/" + WHATSAPP.get(i % WHATSAPP.size())));
            assertTimeoutPreemptively(
                    HANG,
                    () -> refusedOrParsed(
                            () -> new WhatsAppParser().parse(() -> new ByteArrayInputStream(input), "chat", e -> {})));
        }
    }

    @Test
    void telegramParserOnlyRefusesRandomInput() {
        Mutator.announce("telegram");
        Mutator m = new Mutator(Mutator.SEED + 1);
        byte[] single = resource("/chat/telegram/single-chat/result.json");
        byte[] account = resource("/chat/telegram/account/result.json");
        for (int i = 0; i < Mutator.CASES; i++) {
            byte[] input = i % 10 == 0 ? m.randomBytes(4096) : m.mutate(i % 2 == 0 ? single : account);
            assertTimeoutPreemptively(
                    HANG,
                    () -> refusedOrParsed(
                            () -> new TelegramParser().parse(() -> new ByteArrayInputStream(input), e -> {})));
        }
    }

    @Test
    void chatArchiveReaderOnlyRefusesRandomArchives() throws IOException {
        Mutator.announce("chat archive");
        Mutator m = new Mutator(Mutator.SEED + 2);
        byte[] zip = archive();
        ChatExportParser parser = new ChatExportParser(new WhatsAppParser(), new TelegramParser());
        for (int i = 0; i < Mutator.CASES; i++) {
            Path file =
                    Files.write(dir.resolve("case-" + i + ".zip"), i % 10 == 0 ? m.randomBytes(4096) : m.mutate(zip));
            assertTimeoutPreemptively(HANG, () -> {
                try (SafeZip safe = SafeZip.open(file, ArchiveLimits.defaults())) {
                    parser.parse(safe, ChatExportLocator.locate(safe), e -> {});
                } catch (ChatImportRefusedException refused) {
                    // the documented answer to a bad export
                } catch (EOFException truncated) {
                    // documented on SafeZip.open ("if the file cannot be read"): a central directory
                    // pointing past the end surfaces as "archive truncated", not as a refusal
                }
            });
            Files.delete(file);
        }
    }

    private static byte[] archive() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("WhatsApp Chat with Boni.txt"));
            zip.write(resource("/chat/whatsapp/android-en-24h-day-first-with-media.txt"));
            zip.putNextEntry(new ZipEntry("IMG-20230514-WA0012.jpg"));
            zip.write("not really a photo".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @FunctionalInterface
    interface Parse {
        void run() throws IOException;
    }

    /** Runs {@code parse}; a refusal is an expected answer, any other exception fails the test. */
    private static void refusedOrParsed(Parse parse) throws IOException {
        try {
            parse.run();
        } catch (ChatImportRefusedException refused) {
            // the documented answer to a bad export
        }
    }
}
