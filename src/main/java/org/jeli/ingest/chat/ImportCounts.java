package org.jeli.ingest.chat;

/**
 * What an import has produced so far.
 *
 * @param messages messages people sent
 * @param systemMessages notices the platform wrote (joined, left, subject changed, …)
 * @param attachments attached files stored as items
 * @param gaps media the export left out
 * @param duplicates arrivals of bytes or messages the archive already held
 * @param warnings lines or messages the parser could not take at face value
 */
public record ImportCounts(
        long messages, long systemMessages, long attachments, long gaps, long duplicates, long warnings) {
    public static final ImportCounts ZERO = new ImportCounts(0, 0, 0, 0, 0, 0);

    public ImportCounts plus(ImportCounts o) {
        return new ImportCounts(
                messages + o.messages,
                systemMessages + o.systemMessages,
                attachments + o.attachments,
                gaps + o.gaps,
                duplicates + o.duplicates,
                warnings + o.warnings);
    }
}
