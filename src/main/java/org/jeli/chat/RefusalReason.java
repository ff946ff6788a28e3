package org.jeli.chat;

import java.util.Locale;

/**
 * Why an export is refused. {@link #code()} is stable and is what the API puts in its {@code 422}
 * problem; {@link #safeMessage()} is safe to show a client (no names, no content).
 */
public enum RefusalReason {
    NOT_A_ZIP("The file is not a readable zip archive."),
    TOO_MANY_ENTRIES("The archive holds more files than the import allows."),
    ENTRY_TOO_LARGE("A file in the archive is larger than the import allows."),
    TOTAL_TOO_LARGE("The archive unpacks to more than the import allows."),
    COMPRESSION_RATIO_TOO_HIGH("A file in the archive is compressed suspiciously well (zip bomb)."),
    OVERLAPPING_ENTRIES("Files in the archive share their compressed bytes (zip bomb)."),
    SIZE_MISMATCH("A file in the archive unpacks to a size other than the one it declares."),
    CRC_MISMATCH("A file in the archive is damaged: its checksum does not match."),
    UNSUPPORTED_COMPRESSION("A file in the archive uses a compression method the import does not read."),
    ENCRYPTED_ENTRY("The archive is encrypted; export the chat again without a password."),
    PATH_TRAVERSAL("A file name in the archive climbs out of the archive with '..'."),
    ABSOLUTE_PATH("A file name in the archive is an absolute path."),
    DRIVE_LETTER("A file name in the archive names a drive letter."),
    BACKSLASH_IN_NAME("A file name in the archive contains a backslash."),
    NUL_IN_NAME("A file name in the archive contains a NUL character."),
    NAME_TOO_LONG("A file name in the archive is longer than the import allows."),
    SYMLINK_ENTRY("The archive contains a symbolic link."),
    DUPLICATE_ENTRY("The archive contains two files with the same name."),
    NO_CHAT_FILE("The archive holds no WhatsApp chat text or Telegram result.json."),
    AMBIGUOUS_CHAT_FILE("The archive holds more than one chat file; export one chat per archive."),
    NOT_A_CHAT("The chat file contains no recognisable messages."),
    MALFORMED_JSON("The Telegram result.json is not well-formed JSON or exceeds the parser's limits.");

    private final String safeMessage;

    RefusalReason(String safeMessage) {
        this.safeMessage = safeMessage;
    }

    /** The stable machine-readable code, e.g. {@code chat-encrypted-entry}. */
    public String code() {
        return "chat-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A message safe to show a client. */
    public String safeMessage() {
        return safeMessage;
    }
}
