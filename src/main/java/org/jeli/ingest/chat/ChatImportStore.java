package org.jeli.ingest.chat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jeli.common.Digest;

/** Port: imports, their batches and their outcome, as recorded in the database. */
public interface ChatImportStore {
    void create(NewImport newImport);

    Optional<ImportStatus> find(UUID id);

    /** The imports of a collection, newest first. */
    List<ImportStatus> list(UUID collectionId);

    /** Imports QUEUED or RUNNING (to resume after a restart), oldest first. */
    List<UUID> unfinished();

    /** Marks the import RUNNING with what the export turned out to be. */
    void start(UUID id, String format, String chatName, Instant at);

    /**
     * Records a batch: items (invisible), submissions, message rows, attachment links,
     * participants, the batch's {@code item.submitted} entries, counts and resume point, in one
     * transaction. Returns the attachment blobs whose metadata extraction is pending.
     */
    List<Digest> commit(BatchCommit batch, Instant at);

    /** DONE: every item of the import becomes visible and {@code import.completed} is logged. */
    void finish(UUID id, Instant at);

    /** REFUSED or FAILED with a stable code: logged ({@code import.refused} / {@code import.failed}). */
    void stop(UUID id, ImportState state, String code, String message, Instant at);
}
