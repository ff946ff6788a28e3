package org.jeli.chat.telegram;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.jeli.chat.ChatEvent;
import org.jeli.chat.ChatImportRefusedException;
import org.jeli.chat.ChatSource;
import org.jeli.chat.RefusalReason;

/**
 * Parses a Telegram Desktop {@code result.json}, single chat or whole account, into chat events: a
 * {@link org.jeli.chat.ConversationStart} per chat, then its messages, service messages (as system
 * events) and files left out of the export (as gaps).
 *
 * <p>The parser walks the JSON token by token and materialises one message at a time, so memory is
 * bounded by the largest message (strings are capped at {@value #MAX_STRING_CHARS} characters,
 * nesting at {@value #MAX_NESTING}), not by the file.
 */
public final class TelegramParser {
    static final int MAX_STRING_CHARS = 4 * 1024 * 1024;
    static final int MAX_NESTING = 64;

    private final ObjectMapper mapper;

    public TelegramParser() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(MAX_STRING_CHARS)
                        .maxNestingDepth(MAX_NESTING)
                        .build())
                .build();
        this.mapper = new ObjectMapper(factory);
    }

    /**
     * Parses {@code source} and sends its events to {@code sink}.
     *
     * @throws ChatImportRefusedException {@link RefusalReason#MALFORMED_JSON} for broken or
     *     over-limit JSON, {@link RefusalReason#NOT_A_CHAT} when no chat with messages is found
     */
    public void parse(ChatSource source, Consumer<? super ChatEvent> sink) throws IOException {
        try (InputStream in = source.open();
                JsonParser json = mapper.getFactory().createParser(in)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new ChatImportRefusedException(RefusalReason.NOT_A_CHAT);
            }
            ExportWalk walk = new ExportWalk(json, new TelegramMessages(sink), sink);
            walk.chat(true);
            if (walk.conversations() == 0) {
                throw new ChatImportRefusedException(RefusalReason.NOT_A_CHAT);
            }
        } catch (JsonProcessingException e) {
            // Jackson's message can quote the offending text, which is evidence content: not kept.
            throw new ChatImportRefusedException(RefusalReason.MALFORMED_JSON);
        }
    }
}
