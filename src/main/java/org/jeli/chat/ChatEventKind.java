package org.jeli.chat;

/** Stable names of the kinds of {@link ChatEvent}. */
public enum ChatEventKind {
    CONVERSATION_START,
    MESSAGE,
    SYSTEM_EVENT,
    GAP,
    WARNING
}
