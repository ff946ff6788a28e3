package org.jeli.chat;

/** What a {@link SystemEvent} records. Stable names. */
public enum SystemEventKind {
    ENCRYPTION_NOTICE,
    GROUP_CREATED,
    JOINED,
    LEFT,
    ADDED,
    REMOVED,
    SUBJECT_CHANGED,
    ICON_CHANGED,
    DESCRIPTION_CHANGED,
    SECURITY_CODE_CHANGED,
    NUMBER_CHANGED,
    MESSAGE_PINNED,
    CALL,
    /** A notice the parser recognised as a system notice but not its meaning. */
    OTHER
}
