package org.jeli.chat.telegram;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.function.Consumer;
import org.jeli.chat.ChatEvent;
import org.jeli.chat.ChatImportRefusedException;
import org.jeli.chat.ConversationStart;
import org.jeli.chat.RefusalReason;

/**
 * Walks the token stream of a {@code result.json}: the root is either one chat (with {@code
 * messages}) or an account (with {@code chats.list} and {@code left_chats.list} of chats). Fields
 * it does not need, personal information included, are skipped without being materialised.
 */
final class ExportWalk {
    private final JsonParser json;
    private final TelegramMessages messages;
    private final Consumer<? super ChatEvent> sink;
    private int conversations;

    ExportWalk(JsonParser json, TelegramMessages messages, Consumer<? super ChatEvent> sink) {
        this.json = json;
        this.messages = messages;
        this.sink = sink;
    }

    int conversations() {
        return conversations;
    }

    /** Reads the chat object at the current {@code START_OBJECT}; the root may also hold chat lists. */
    void chat(boolean root) throws IOException {
        String name = null;
        String type = null;
        String id = null;
        boolean started = false;
        while (next() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = next();
            if (field.equals("messages") && value == JsonToken.START_ARRAY) {
                start(name, type, id);
                started = true;
                messages();
            } else if (root
                    && (field.equals("chats") || field.equals("left_chats"))
                    && value == JsonToken.START_OBJECT) {
                chatList();
            } else if (value.isScalarValue() && (field.equals("name") || field.equals("type") || field.equals("id"))) {
                String text = json.getValueAsString();
                switch (field) {
                    case "name" -> name = text;
                    case "type" -> type = text;
                    default -> id = text;
                }
            } else {
                json.skipChildren();
            }
        }
        if (!started && !root) {
            start(name, type, id);
        }
    }

    private void chatList() throws IOException {
        while (next() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            if (next() == JsonToken.START_ARRAY && field.equals("list")) {
                for (JsonToken t = next(); t != JsonToken.END_ARRAY; t = next()) {
                    if (t == JsonToken.START_OBJECT) {
                        chat(false);
                    } else {
                        json.skipChildren();
                    }
                }
            } else {
                json.skipChildren();
            }
        }
    }

    private void messages() throws IOException {
        for (JsonToken t = next(); t != JsonToken.END_ARRAY; t = next()) {
            if (t == JsonToken.START_OBJECT) {
                long line = json.currentTokenLocation().getLineNr();
                JsonNode message = json.readValueAsTree();
                messages.accept(message, line);
            } else {
                json.skipChildren();
            }
        }
    }

    private void start(String name, String type, String id) {
        messages.startConversation();
        sink.accept(new ConversationStart(conversations++, name, type == null ? "telegram" : type, id));
    }

    private JsonToken next() throws IOException {
        JsonToken token = json.nextToken();
        if (token == null) {
            throw new ChatImportRefusedException(RefusalReason.MALFORMED_JSON);
        }
        return token;
    }
}
