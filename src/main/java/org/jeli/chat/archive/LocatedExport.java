package org.jeli.chat.archive;

import java.util.Objects;
import org.jeli.chat.ChatFormat;

/**
 * The chat file found in an export archive.
 *
 * @param format WhatsApp text or Telegram JSON
 * @param chatEntry the chat file itself
 * @param chatName the chat's name as the WhatsApp file name states it, or {@code null} ({@code
 *     _chat.txt}, Telegram)
 * @param attachments where the files the messages reference are in the archive
 */
public record LocatedExport(ChatFormat format, ArchiveEntry chatEntry, String chatName, AttachmentIndex attachments) {
    public LocatedExport {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(chatEntry, "chatEntry");
        Objects.requireNonNull(attachments, "attachments");
    }
}
