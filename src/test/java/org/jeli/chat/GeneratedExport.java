package org.jeli.chat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A synthetic export produced line by line on demand, never held whole: WhatsApp Android text or
 * Telegram JSON with {@code messages} messages of about 200 characters, one in 100 with a photo and
 * one in 50 spanning two lines.
 */
public final class GeneratedExport extends InputStream {
    /** The format to generate. */
    public enum Kind {
        WHATSAPP,
        TELEGRAM
    }

    private static final DateTimeFormatter ANDROID = DateTimeFormatter.ofPattern("dd/MM/yyyy, HH:mm");
    private static final String FILLER = "The road between the village and the market stayed closed; people waited. ";
    private static final LocalDateTime START = LocalDateTime.of(2023, 1, 1, 8, 0);

    private final Kind kind;
    private final int messages;
    private int next;
    private byte[] chunk = new byte[0];
    private int at;
    private boolean ended;

    public GeneratedExport(Kind kind, int messages) {
        this.kind = kind;
        this.messages = messages;
        this.chunk = kind == Kind.TELEGRAM
                ? bytes("{\"name\": \"Generated\", \"type\": \"private_group\", \"id\": 1, \"messages\": [\n")
                : chunk;
    }

    @Override
    public int read() {
        if (at == chunk.length && !refill()) {
            return -1;
        }
        return chunk[at++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        if (at == chunk.length && !refill()) {
            return -1;
        }
        int n = Math.min(len, chunk.length - at);
        System.arraycopy(chunk, at, b, off, n);
        at += n;
        return n;
    }

    private boolean refill() {
        if (next == messages) {
            if (kind == Kind.TELEGRAM && !ended) {
                ended = true;
                chunk = bytes("\n]}\n");
                at = 0;
                return true;
            }
            return false;
        }
        int i = next++;
        chunk = bytes(kind == Kind.WHATSAPP ? whatsApp(i) : telegram(i));
        at = 0;
        return true;
    }

    private static String whatsApp(int i) {
        String header = START.plusMinutes(i).format(ANDROID) + " - Sender " + (i % 40) + ": ";
        if (i % 100 == 0) {
            return header + "IMG-20230101-WA" + i + ".jpg (file attached)\n" + FILLER + "\n";
        }
        String text = "Message " + i + ". " + FILLER + FILLER + FILLER.substring(0, 50);
        return header + (i % 50 == 1 ? text + "\nsecond line" : text) + "\n";
    }

    private static String telegram(int i) {
        LocalDateTime time = START.plusMinutes(i);
        String photo = i % 100 == 0 ? ", \"photo\": \"photos/photo_" + i + "@01-01-2023.jpg\"" : "";
        return (i == 0 ? "" : ",\n") + "{\"id\": " + (i + 1) + ", \"type\": \"message\", \"date\": \"" + time
                + ":00\", \"date_unixtime\": \"" + time.toEpochSecond(java.time.ZoneOffset.UTC)
                + "\", \"from\": \"Sender "
                + (i % 40) + "\", \"from_id\": \"user" + (i % 40) + "\"" + photo + ", \"text\": [\"Message " + i
                + ". \", {\"type\": \"bold\", \"text\": \""
                + FILLER + "\"}, \"" + FILLER + FILLER.substring(0, 50) + "\"]}";
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
