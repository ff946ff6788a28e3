package org.jeli.ingest;

import java.time.Instant;
import java.util.UUID;

/**
 * What remains of an item taken down by key destruction: who approved it, when and why. Its bytes
 * and personal data are gone; its log entries remain and prove it existed.
 *
 * @param itemId the item
 * @param takenDownAt when the content was destroyed
 * @param requestedBy who asked ({@code user:<id>} of the administrator who filed it)
 * @param approvedBy who approved ({@code user:<id>})
 * @param reason why, as recorded in the {@code takedown} log entry
 */
public record Tombstone(UUID itemId, Instant takenDownAt, String requestedBy, String approvedBy, String reason) {}
