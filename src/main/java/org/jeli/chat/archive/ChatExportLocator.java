package org.jeli.chat.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jeli.chat.ChatFormat;
import org.jeli.chat.ChatImportRefusedException;
import org.jeli.chat.RefusalReason;

/**
 * Finds the chat file of an export archive by name, at the top of the archive or in one folder:
 * WhatsApp's {@code _chat.txt} (iOS) and {@code WhatsApp Chat with ….txt} with its French, Spanish,
 * Portuguese, German and Arabic equivalents (Android), or Telegram's {@code result.json}.
 */
public final class ChatExportLocator {
    private static final Pattern WHATSAPP_CHAT = Pattern.compile(
            "(?:WhatsApp Chat (?:with|mit|-) |Discussion WhatsApp avec |Chat de WhatsApp con "
                    + "|Conversa do WhatsApp com |محادثة واتساب مع |دردشة واتساب مع )(?<name>.+)\\.txt",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String IOS_CHAT = "_chat.txt";
    private static final String TELEGRAM_CHAT = "result.json";

    private ChatExportLocator() {}

    /**
     * The one chat file of {@code zip}.
     *
     * @throws ChatImportRefusedException {@link RefusalReason#NO_CHAT_FILE} when there is none,
     *     {@link RefusalReason#AMBIGUOUS_CHAT_FILE} when there are several
     */
    public static LocatedExport locate(SafeZip zip) {
        List<LocatedExport> found = new ArrayList<>();
        for (ArchiveEntry entry : zip.entries()) {
            if (entry.isDirectory() || depth(entry) > 1) {
                continue;
            }
            String base = entry.baseName();
            Matcher whatsApp = WHATSAPP_CHAT.matcher(base);
            if (whatsApp.matches()) {
                found.add(located(zip, ChatFormat.WHATSAPP_TEXT, entry, whatsApp.group("name")));
            } else if (base.equals(IOS_CHAT)) {
                found.add(located(zip, ChatFormat.WHATSAPP_TEXT, entry, null));
            } else if (base.equals(TELEGRAM_CHAT)) {
                found.add(located(zip, ChatFormat.TELEGRAM_JSON, entry, null));
            }
        }
        if (found.isEmpty()) {
            throw new ChatImportRefusedException(RefusalReason.NO_CHAT_FILE);
        }
        if (found.size() > 1) {
            throw new ChatImportRefusedException(RefusalReason.AMBIGUOUS_CHAT_FILE);
        }
        return found.get(0);
    }

    private static LocatedExport located(SafeZip zip, ChatFormat format, ArchiveEntry entry, String name) {
        return new LocatedExport(format, entry, name, new AttachmentIndex(zip.entries(), entry));
    }

    private static int depth(ArchiveEntry entry) {
        return (int) entry.name().chars().filter(c -> c == '/').count();
    }
}
