package org.jeli.provenance;

/**
 * Port: whether the current caller may read the contents of log entries about a subject. Entry
 * contents follow the access rules of what they are about; the log's public structure (checkpoints,
 * proofs, keys) does not need this.
 */
public interface EntryAccess {
    boolean mayRead(String subject);
}
