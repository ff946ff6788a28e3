package org.jeli.chat.whatsapp;

import java.time.LocalDateTime;
import org.jeli.chat.ChatEvent;
import org.jeli.chat.Gap;
import org.jeli.chat.GapKind;
import org.jeli.chat.Message;
import org.jeli.chat.SystemEvent;
import org.jeli.chat.SystemEventKind;

/**
 * The entry being assembled: a header line plus its continuation lines, up to a character limit. It
 * becomes a message, a gap or a system event once the next header (or the end) shows it complete.
 */
final class PendingEntry {
    private final long line;
    private final LocalDateTime time;
    private final String sender;
    private final SystemNotices.Notice notice;
    private final StringBuilder text;
    private final int maxChars;
    private boolean truncated;

    private PendingEntry(
            long line, LocalDateTime time, String sender, SystemNotices.Notice notice, String first, int maxChars) {
        this.line = line;
        this.time = time;
        this.sender = sender;
        this.notice = notice;
        this.maxChars = maxChars;
        this.text = new StringBuilder(Math.min(first.length(), maxChars));
        appendBounded(first);
    }

    /** Splits the text after a header into sender and text, or recognises a system notice. */
    static PendingEntry start(HeaderStyle style, long line, LocalDateTime time, String rest, int maxChars) {
        int colon = rest.indexOf(": ");
        if (style == HeaderStyle.ANDROID) {
            var notice = SystemNotices.recognise(HeadText.withoutMarks(rest));
            if (notice.isPresent() || colon <= 0) {
                return system(line, time, notice.orElse(null), rest, maxChars);
            }
        } else if (colon <= 0) {
            var notice = SystemNotices.recognise(HeadText.withoutMarks(rest));
            return system(line, time, notice.orElse(null), rest, maxChars);
        }
        String sender = HeadText.withoutMarks(rest.substring(0, colon));
        String body = rest.substring(colon + 2);
        if (style == HeaderStyle.IOS && startsWithMark(body)) {
            var notice = SystemNotices.recognise(HeadText.withoutMarks(body));
            if (notice.isPresent()) {
                return system(line, time, notice.get(), body, maxChars);
            }
        }
        return new PendingEntry(line, time, sender, null, body, maxChars);
    }

    private static PendingEntry system(
            long line, LocalDateTime time, SystemNotices.Notice notice, String text, int maxChars) {
        var known = notice != null ? notice : new SystemNotices.Notice(SystemEventKind.OTHER, null);
        return new PendingEntry(line, time, null, known, text, maxChars);
    }

    private static boolean startsWithMark(String body) {
        String stripped = body.stripLeading();
        return !stripped.isEmpty() && HeadText.isMark(stripped.charAt(0));
    }

    void appendLine(String continuation) {
        appendBounded("\n");
        appendBounded(continuation);
    }

    private void appendBounded(String s) {
        int room = maxChars - text.length();
        if (s.length() > room) {
            truncated = true;
            text.append(s, 0, Math.max(room, 0));
        } else {
            text.append(s);
        }
    }

    long line() {
        return line;
    }

    boolean truncated() {
        return truncated;
    }

    /** The finished event at {@code position}. */
    ChatEvent toEvent(long position) {
        String full = text.toString();
        if (notice != null) {
            return new SystemEvent(position, time, null, notice.kind(), notice.actor(), full);
        }
        MessageBody body = MessageBody.read(full);
        if (body.mediaOmitted()) {
            return new Gap(position, time, sender, GapKind.MEDIA_OMITTED, null);
        }
        return new Message(
                position, time, null, sender, body.text(), body.attachments(), body.flags(), null, null, null);
    }
}
