package org.jeli.ingest.chat;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jeli.chat.ChatEvent;
import org.jeli.chat.ChatFormat;
import org.jeli.chat.ChatImportRefusedException;
import org.jeli.chat.ChatSource;
import org.jeli.chat.RefusalReason;
import org.jeli.chat.archive.ArchiveLimits;
import org.jeli.chat.archive.ChatExportLocator;
import org.jeli.chat.archive.LocatedExport;
import org.jeli.chat.archive.SafeZip;
import org.jeli.chat.telegram.TelegramParser;
import org.jeli.chat.whatsapp.WhatsAppParser;

/**
 * A stored export opened for parsing: a checked zip with its chat file located, or a bare WhatsApp
 * text or Telegram JSON file. Counts the bytes of the chat file read so far, for the percentage.
 */
public final class ExportSource implements AutoCloseable {
    private final Path file;
    private final SafeZip zip;
    private final LocatedExport located;
    private final ChatFormat format;
    private final long chatSize;
    private final AtomicLong read = new AtomicLong();

    private ExportSource(Path file, SafeZip zip, LocatedExport located, ChatFormat format, long chatSize) {
        this.file = file;
        this.zip = zip;
        this.located = located;
        this.format = format;
        this.chatSize = chatSize;
    }

    /**
     * Opens {@code file} as {@code kind}. A zip's central directory is checked and its chat file
     * located before this returns.
     *
     * @throws ChatImportRefusedException when the archive is hostile or holds no chat
     */
    public static ExportSource open(Path file, SourceKind kind, ArchiveLimits limits) throws IOException {
        return switch (kind) {
            case ZIP -> {
                SafeZip zip = SafeZip.open(file, limits);
                try {
                    LocatedExport located = ChatExportLocator.locate(zip);
                    yield new ExportSource(
                            file,
                            zip,
                            located,
                            located.format(),
                            located.chatEntry().size());
                } catch (RuntimeException e) {
                    zip.close();
                    throw e;
                }
            }
            case TEXT -> new ExportSource(file, null, null, ChatFormat.WHATSAPP_TEXT, Files.size(file));
            case JSON -> new ExportSource(file, null, null, ChatFormat.TELEGRAM_JSON, Files.size(file));
        };
    }

    /** What the first bytes say the upload is: a zip, JSON, or (perhaps) chat text. */
    public static SourceKind sniff(Path file) throws IOException {
        byte[] head = new byte[64];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5) && head[3] == head[2] + 1) {
            return SourceKind.ZIP;
        }
        int i = n >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF ? 3 : 0;
        while (i < n && Character.isWhitespace(head[i])) {
            i++;
        }
        return i < n && head[i] == '{' ? SourceKind.JSON : SourceKind.TEXT;
    }

    public ChatFormat format() {
        return format;
    }

    /** The chat's name as the WhatsApp file name states it, or null. */
    public String chatName() {
        return located == null ? null : located.chatName();
    }

    /** Sends the export's events to {@code sink}. */
    public void parse(Consumer<? super ChatEvent> sink) throws IOException {
        ChatSource source = () -> {
            read.set(0);
            InputStream raw = zip != null ? zip.open(located.chatEntry()) : Files.newInputStream(file);
            return new FilterInputStream(raw) {
                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int r = super.read(b, off, len);
                    if (r > 0) {
                        read.addAndGet(r);
                    }
                    return r;
                }
            };
        };
        switch (format) {
            case WHATSAPP_TEXT -> new WhatsAppParser().parse(source, chatName(), sink);
            case TELEGRAM_JSON -> new TelegramParser().parse(source, sink);
        }
    }

    /** The bytes of the file a message references, when the archive holds it. */
    public Optional<InputStream> attachment(String reference) {
        if (zip == null) {
            return Optional.empty();
        }
        return located.attachments().find(reference).map(zip::open);
    }

    /** How far the current pass over the chat file is, 0–99. */
    public int percent() {
        if (chatSize <= 0) {
            return 0;
        }
        return (int) Math.min(99, read.get() * 100 / chatSize);
    }

    /** Refuses a bare upload that is not text or JSON at all. */
    static void requireChatLike(String detectedType) {
        if (detectedType == null || !(detectedType.startsWith("text/") || detectedType.equals("application/json"))) {
            throw new ChatImportRefusedException(RefusalReason.NOT_A_CHAT);
        }
    }

    @Override
    public void close() throws IOException {
        if (zip != null) {
            zip.close();
        }
    }
}
