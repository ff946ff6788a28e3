package org.jeli.chat.telegram;

import com.fasterxml.jackson.databind.JsonNode;

/** Telegram's {@code text}: a string, or an array of strings and entities each with a {@code text}. */
final class TelegramText {
    private TelegramText() {}

    static String of(JsonNode text) {
        if (text == null || text.isNull()) {
            return "";
        }
        if (text.isTextual()) {
            return text.asText();
        }
        StringBuilder out = new StringBuilder();
        for (JsonNode part : text) {
            if (part.isTextual()) {
                out.append(part.asText());
            } else if (part.isObject()) {
                out.append(part.path("text").asText(""));
            }
        }
        return out.toString();
    }
}
