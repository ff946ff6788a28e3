package org.jeli.chat.archive;

import java.util.Optional;
import org.jeli.chat.RefusalReason;

/** The rules an entry name must pass: nothing that could point outside the archive. */
final class EntryNames {
    private EntryNames() {}

    static Optional<RefusalReason> refusal(String name) {
        if (name.indexOf('\0') >= 0) {
            return Optional.of(RefusalReason.NUL_IN_NAME);
        }
        if (name.indexOf('\\') >= 0) {
            return Optional.of(RefusalReason.BACKSLASH_IN_NAME);
        }
        if (name.length() >= 2 && name.charAt(1) == ':' && isAsciiLetter(name.charAt(0))) {
            return Optional.of(RefusalReason.DRIVE_LETTER);
        }
        if (name.isEmpty() || name.startsWith("/")) {
            return Optional.of(RefusalReason.ABSOLUTE_PATH);
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..")) {
                return Optional.of(RefusalReason.PATH_TRAVERSAL);
            }
        }
        return Optional.empty();
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
