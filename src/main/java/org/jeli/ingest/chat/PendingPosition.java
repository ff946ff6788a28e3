package org.jeli.ingest.chat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.jeli.storage.StagedBlob;

/**
 * A position whose bytes are staged (durable, not yet published) until its batch is recorded. The
 * message's own small blob is staged in the background ({@code staging}): each staging waits for
 * an fsync, so a batch's stagings overlap instead of queueing.
 */
record PendingPosition(
        MessageDocument document,
        Future<StagedBlob> staging,
        String utcOffset,
        String claimedAt,
        List<PendingAttachment> attachments,
        List<String> people,
        String searchText)
        implements AutoCloseable {

    record PendingAttachment(int ordinal, String name, String kind, StagedBlob blob) {}

    /** The staged message blob, once its staging finished. */
    StagedBlob blob() throws IOException {
        try {
            return staging.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while staging a message");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException("staging a message failed", e.getCause());
        }
    }

    long textChars() {
        return document.text().length();
    }

    @Override
    public void close() {
        try {
            blob().close(); // waits for a staging still running, so no temporary file is left behind
        } catch (IOException | RuntimeException ignored) {
            // nothing was staged
        }
        attachments.forEach(a -> a.blob().close());
    }
}
