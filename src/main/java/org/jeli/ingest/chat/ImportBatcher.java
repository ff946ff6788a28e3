package org.jeli.ingest.chat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jeli.chat.ChatEvent;
import org.jeli.chat.ConversationStart;
import org.jeli.chat.Gap;
import org.jeli.chat.Message;
import org.jeli.chat.SystemEvent;

/**
 * Receives the parser's events and hands them on in batches. Events up to the import's resume point
 * are skipped (only conversation starts are followed, so positions stay attributed). A batch is
 * flushed when it holds {@link #MAX_POSITIONS} positions, {@link #MAX_ATTACHMENTS} attachments or
 * {@link #MAX_TEXT_CHARS} characters of text, so memory is bounded by the batch.
 */
final class ImportBatcher implements Consumer<ChatEvent> {
    static final int MAX_POSITIONS = 500;
    static final int MAX_ATTACHMENTS = 50;
    static final long MAX_TEXT_CHARS = 4L << 20;

    /** Records one batch; given the positions, the resume point and the counts it adds. */
    interface Flush {
        void flush(List<PendingPosition> positions, long eventsDone, ImportCounts counts) throws IOException;
    }

    private final PositionPreparer preparer;
    private final Flush flush;
    private final long skip;
    private final List<PendingPosition> pending = new ArrayList<>();
    private long events;
    private int conversation = -1;
    private String conversationName;
    private int attachments;
    private long textChars;
    private long messages;
    private long systemMessages;
    private long gaps;
    private long warnings;

    ImportBatcher(PositionPreparer preparer, long skip, Flush flush) {
        this.preparer = preparer;
        this.skip = skip;
        this.flush = flush;
    }

    @Override
    public void accept(ChatEvent event) {
        events++;
        if (event instanceof ConversationStart start) {
            conversation = start.index();
            conversationName = start.name();
        }
        if (events <= skip) {
            return;
        }
        try {
            if (event instanceof Message m) {
                add(preparer.message(current(), conversationName, m));
                messages++;
            } else if (event instanceof SystemEvent s) {
                add(preparer.system(current(), conversationName, s));
                systemMessages++;
            } else if (event instanceof Gap g) {
                add(preparer.gap(current(), conversationName, g));
                gaps++;
            } else if (event instanceof org.jeli.chat.Warning) {
                warnings++;
            }
            if (pending.size() >= MAX_POSITIONS || attachments >= MAX_ATTACHMENTS || textChars >= MAX_TEXT_CHARS) {
                flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int current() {
        return Math.max(conversation, 0);
    }

    private void add(PendingPosition p) {
        pending.add(p);
        attachments += p.attachments().size();
        textChars += p.textChars();
    }

    /** Records what is pending (also when nothing is: counts and the resume point still move). */
    void flush() throws IOException {
        long attached = pending.stream().mapToLong(p -> p.attachments().size()).sum();
        ImportCounts counts = new ImportCounts(messages, systemMessages, attached, gaps, 0, warnings);
        try {
            flush.flush(List.copyOf(pending), Math.max(events, skip), counts);
        } finally {
            pending.forEach(PendingPosition::close);
            pending.clear();
        }
        attachments = 0;
        textChars = 0;
        messages = 0;
        systemMessages = 0;
        gaps = 0;
        warnings = 0;
    }

    /** Releases staged bytes of a batch that will not be recorded. */
    void discard() {
        pending.forEach(PendingPosition::close);
        pending.clear();
    }
}
