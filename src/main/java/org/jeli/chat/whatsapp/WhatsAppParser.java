package org.jeli.chat.whatsapp;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jeli.chat.ChatEvent;
import org.jeli.chat.ChatImportRefusedException;
import org.jeli.chat.ChatSource;
import org.jeli.chat.ConversationStart;
import org.jeli.chat.RefusalReason;
import org.jeli.chat.Warning;
import org.jeli.chat.WarningKind;

/**
 * Parses a WhatsApp "Export chat" text file (UTF-8, with or without a byte-order mark) into chat
 * events: one {@link ConversationStart}, then messages, system events and gaps in file order, with
 * warnings where a line could not be taken at face value.
 *
 * <p>Reads the source twice: a survey of header dates decides the date order for the whole file
 * (see {@link DateOrderSurvey}), then the parse proper. Memory is bounded by {@link
 * WhatsAppOptions#maxMessageChars()}, not by the size of the file.
 */
public final class WhatsAppParser {
    private final WhatsAppOptions options;
    private final HeaderMatcher headers = new HeaderMatcher();

    public WhatsAppParser() {
        this(WhatsAppOptions.defaults());
    }

    public WhatsAppParser(WhatsAppOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Parses {@code source} and sends its events to {@code sink}.
     *
     * @param chatName the chat's name if known (from the export's file name), else {@code null}
     * @return the date order used and its evidence
     * @throws ChatImportRefusedException with {@link RefusalReason#NOT_A_CHAT} if no line of the file
     *     is a WhatsApp message header; nothing has been sent to the sink then
     */
    public DateOrderDecision parse(ChatSource source, String chatName, Consumer<? super ChatEvent> sink)
            throws IOException {
        DateOrderDecision decision;
        try (Reader reader = open(source)) {
            decision = DateOrderSurvey.survey(lines(reader), options.ambiguousDateOrder());
        }
        if (decision.headers() == 0) {
            throw new ChatImportRefusedException(RefusalReason.NOT_A_CHAT);
        }
        sink.accept(new ConversationStart(0, chatName, "whatsapp", null));
        switch (decision.evidence()) {
            case ASSUMED ->
                sink.accept(new Warning(
                        0, WarningKind.DATE_ORDER_ASSUMED, decision.order().name()));
            case CONFLICT ->
                sink.accept(new Warning(
                        0, WarningKind.DATE_ORDER_CONFLICT, decision.order().name()));
            default -> {}
        }
        try (Reader reader = open(source)) {
            new Pass(decision.order(), sink).run(lines(reader));
        }
        return decision;
    }

    private BoundedLineReader lines(Reader reader) {
        return new BoundedLineReader(reader, options.maxLineChars());
    }

    private static Reader open(ChatSource source) throws IOException {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new InputStreamReader(source.open(), decoder);
    }

    /** The second pass: one pending entry at a time. */
    private final class Pass {
        private final DateOrder order;
        private final Consumer<? super ChatEvent> sink;
        private PendingEntry pending;
        private long position;

        Pass(DateOrder order, Consumer<? super ChatEvent> sink) {
            this.order = order;
            this.sink = sink;
        }

        void run(BoundedLineReader lines) throws IOException {
            for (BoundedLineReader.Line line = lines.next(); line != null; line = lines.next()) {
                if (line.truncated()) {
                    sink.accept(new Warning(line.number(), WarningKind.LINE_TRUNCATED, "line too long"));
                }
                String text = line.number() == 1 ? withoutByteOrderMark(line.text()) : line.text();
                accept(line.number(), text);
            }
            flush();
        }

        private void accept(long number, String text) {
            Optional<RawHeader> header = headers.match(text);
            if (header.isPresent()) {
                Optional<LocalDateTime> time = timeOf(header.get(), number);
                if (time.isPresent()) {
                    flush();
                    String rest = text.substring(header.get().bodyStart());
                    pending = PendingEntry.start(
                            header.get().style(), number, time.get(), rest, options.maxMessageChars());
                    return;
                }
            }
            if (pending != null) {
                pending.appendLine(text);
            } else if (!HeadText.withoutMarks(text).isEmpty()) {
                sink.accept(new Warning(number, WarningKind.UNPARSEABLE_LINE, "text before the first message"));
            }
        }

        private Optional<LocalDateTime> timeOf(RawHeader header, long number) {
            try {
                return Optional.of(order.toDateTime(header));
            } catch (DateTimeException e) {
                sink.accept(new Warning(number, WarningKind.INVALID_TIMESTAMP, "impossible date or time"));
                return Optional.empty();
            }
        }

        private void flush() {
            if (pending == null) {
                return;
            }
            if (pending.truncated()) {
                sink.accept(new Warning(pending.line(), WarningKind.MESSAGE_TRUNCATED, "message too long"));
            }
            sink.accept(pending.toEvent(++position));
            pending = null;
        }
    }

    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
