package org.jeli.chat;

/** What an export can show about a message. Stable names. */
public enum MessageFlag {
    /** Forwarded from elsewhere (Telegram {@code forwarded_from}). */
    FORWARDED,
    /** Deleted by its sender; the text is the platform's placeholder. */
    DELETED,
    /** Edited after sending. */
    EDITED,
    /** Answers another message ({@link Message#replyToId()}). */
    REPLY,
    /** Carries a voice note. */
    VOICE
}
