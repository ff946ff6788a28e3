package org.jeli.ingest.chat;

/** What sits at a conversation position. Stable names. */
public enum MessageKind {
    /** Someone sent it. */
    MESSAGE,
    /** The platform wrote it (joined, left, subject changed, …): flagged "system". */
    SYSTEM,
    /** Media the export left out. */
    GAP
}
