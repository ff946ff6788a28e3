package org.jeli.ingest.chat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.jeli.chat.Attachment;
import org.jeli.chat.Gap;
import org.jeli.chat.Message;
import org.jeli.chat.MessageFlag;
import org.jeli.chat.SystemEvent;
import org.jeli.storage.BlobStore;
import org.jeli.storage.StagedBlob;

/**
 * Turns one message, system notice or gap into a {@link PendingPosition}: attachments streamed from
 * the archive into staged blobs, then the canonical message document (naming their hashes) staged.
 */
final class PositionPreparer {
    private final BlobStore blobs;
    private final ExportSource source;
    private final ImportContext context;
    private final long maxFileBytes;
    private final java.util.concurrent.ExecutorService staging;

    PositionPreparer(
            BlobStore blobs,
            ExportSource source,
            ImportContext context,
            long maxFileBytes,
            java.util.concurrent.ExecutorService staging) {
        this.staging = staging;
        this.blobs = blobs;
        this.source = source;
        this.context = context;
        this.maxFileBytes = maxFileBytes;
    }

    PendingPosition message(int conversation, String conversationName, Message m) throws IOException {
        List<PendingPosition.PendingAttachment> staged = new ArrayList<>();
        List<MessageDocument.AttachmentRef> refs = new ArrayList<>();
        try {
            int ordinal = 0;
            for (Attachment a : m.attachments()) {
                Optional<InputStream> in = source.attachment(a.name());
                String sha = null;
                if (in.isPresent()) {
                    StagedBlob blob;
                    try (InputStream s = in.get()) {
                        blob = blobs.stage(s, maxFileBytes);
                    }
                    staged.add(new PendingPosition.PendingAttachment(
                            ordinal, a.name(), a.kind().name(), blob));
                    sha = blob.sha256().hex();
                }
                refs.add(new MessageDocument.AttachmentRef(a.name(), a.kind().name(), sha));
                ordinal++;
            }
            List<String> flags =
                    m.flags().stream().map(MessageFlag::name).sorted().toList();
            MessageDocument doc = new MessageDocument(
                    context.status().exportSha256(),
                    conversation,
                    conversationName,
                    m.position(),
                    MessageKind.MESSAGE,
                    m.time(),
                    m.instant(),
                    m.sender(),
                    m.text(),
                    flags,
                    null,
                    m.sourceId(),
                    m.replyToId(),
                    m.forwardedFrom(),
                    refs);
            List<String> people = new ArrayList<>();
            people.add(m.sender());
            if (m.forwardedFrom() != null) {
                people.add(m.forwardedFrom());
            }
            phones(m.text(), people);
            return pending(doc, staged, people, m.text());
        } catch (IOException | RuntimeException e) {
            staged.forEach(a -> a.blob().close());
            throw e;
        }
    }

    PendingPosition system(int conversation, String conversationName, SystemEvent e) throws IOException {
        MessageDocument doc = new MessageDocument(
                context.status().exportSha256(),
                conversation,
                conversationName,
                e.position(),
                MessageKind.SYSTEM,
                e.time(),
                e.instant(),
                e.actor(),
                e.text(),
                List.of("SYSTEM"),
                e.systemKind().name(),
                null,
                null,
                null,
                List.of());
        List<String> people = new ArrayList<>();
        if (e.actor() != null) {
            people.add(e.actor());
        }
        phones(e.text(), people);
        return pending(doc, List.of(), people, e.text());
    }

    PendingPosition gap(int conversation, String conversationName, Gap g) throws IOException {
        MessageDocument doc = new MessageDocument(
                context.status().exportSha256(),
                conversation,
                conversationName,
                g.position(),
                MessageKind.GAP,
                g.time(),
                null,
                g.sender(),
                "",
                List.of(),
                g.gapKind().name(),
                g.sourceId(),
                null,
                null,
                List.of());
        List<String> people = new ArrayList<>();
        if (g.sender() != null) {
            people.add(g.sender());
        }
        return pending(doc, List.of(), people, "");
    }

    private PendingPosition pending(
            MessageDocument doc, List<PendingPosition.PendingAttachment> staged, List<String> people, String text)
            throws IOException {
        byte[] bytes = doc.canonicalBytes();
        if (bytes.length > maxFileBytes) {
            throw new org.jeli.storage.BlobTooLargeException();
        }
        var blob = staging.submit(() -> blobs.stage(bytes));
        String offset = context.offset(doc.localTime(), doc.instant());
        return new PendingPosition(doc, blob, offset, claimedAt(doc.localTime(), offset), staged, people, text);
    }

    private static String claimedAt(LocalDateTime local, String offset) {
        return offset == null ? local.toString() : local + offset;
    }

    private static void phones(String text, List<String> people) {
        Matcher m = Pseudonyms.PHONE.matcher(text);
        while (m.find()) {
            people.add(m.group());
        }
    }
}
