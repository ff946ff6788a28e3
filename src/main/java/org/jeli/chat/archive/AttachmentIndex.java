package org.jeli.chat.archive;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the archive entry an attachment reference names: first by path relative to the chat file's
 * folder (Telegram's {@code photos/photo_1@….jpg}), then by bare file name anywhere in the archive
 * (WhatsApp's {@code IMG-….jpg}) when that name is unique. Holds one map entry per archive entry,
 * so it is bounded by {@link ArchiveLimits#maxEntries()}.
 */
public final class AttachmentIndex {
    private final Map<String, ArchiveEntry> byPath = new HashMap<>();
    private final Map<String, ArchiveEntry> byBaseName = new HashMap<>();
    private final Map<String, Boolean> ambiguousBaseNames = new HashMap<>();

    AttachmentIndex(List<ArchiveEntry> entries, ArchiveEntry chat) {
        String folder =
                chat.name().substring(0, chat.name().length() - chat.baseName().length());
        for (ArchiveEntry entry : entries) {
            if (entry.isDirectory() || entry.equals(chat)) {
                continue;
            }
            if (entry.name().startsWith(folder)) {
                byPath.put(entry.name().substring(folder.length()), entry);
            }
            if (byBaseName.putIfAbsent(entry.baseName(), entry) != null) {
                ambiguousBaseNames.put(entry.baseName(), true);
            }
        }
    }

    /** The entry {@code reference} names, if the archive holds it unambiguously. */
    public Optional<ArchiveEntry> find(String reference) {
        ArchiveEntry exact = byPath.get(reference);
        if (exact != null) {
            return Optional.of(exact);
        }
        String base = reference.substring(reference.lastIndexOf('/') + 1);
        if (ambiguousBaseNames.containsKey(base)) {
            return Optional.empty();
        }
        return Optional.ofNullable(byBaseName.get(base));
    }
}
