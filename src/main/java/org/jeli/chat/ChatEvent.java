package org.jeli.chat;

/** One thing a chat export says, emitted in the order of the export. */
public sealed interface ChatEvent permits ConversationStart, Message, SystemEvent, Gap, Warning {
    /** The stable kind of this event, for counting and for switch-free dispatch. */
    ChatEventKind kind();
}
