package org.jeli.provenance;

/**
 * One inconsistency the self-audit found.
 *
 * @param code stable code: {@code INDEX_GAP}, {@code ENTRY_HASH_MISMATCH}, {@code MALFORMED_ENTRY},
 *     {@code CHAIN_BROKEN}, {@code NODE_MISMATCH}, {@code NODE_MISSING}, {@code ROOT_MISMATCH},
 *     {@code BAD_SIGNATURE}, {@code CHECKPOINT_BEYOND_LOG}
 * @param index the entry index concerned, or -1
 * @param checkpointSize the checkpoint concerned, or -1
 * @param expected what should have been there (hex or text), may be null
 * @param actual what was found, may be null
 */
public record AuditProblem(String code, long index, long checkpointSize, String expected, String actual) {}
