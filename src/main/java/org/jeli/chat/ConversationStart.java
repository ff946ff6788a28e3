package org.jeli.chat;

import java.util.Objects;

/**
 * Starts a conversation: every later event belongs to it until the next one. A WhatsApp export holds
 * one conversation; a whole-account Telegram export holds many.
 *
 * @param index 0-based number of the conversation in the export
 * @param name the chat's name as the export states it, or {@code null} when it does not
 * @param type the platform's chat type ({@code "whatsapp"}, or Telegram's {@code private_group} and
 *     the like)
 * @param sourceId the platform's chat id, or {@code null}
 */
public record ConversationStart(int index, String name, String type, String sourceId) implements ChatEvent {
    public ConversationStart {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative");
        }
        Objects.requireNonNull(type, "type");
    }

    @Override
    public ChatEventKind kind() {
        return ChatEventKind.CONVERSATION_START;
    }
}
