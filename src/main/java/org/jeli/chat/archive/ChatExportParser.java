package org.jeli.chat.archive;

import java.io.IOException;
import java.util.Objects;
import java.util.function.Consumer;
import org.jeli.chat.ChatEvent;
import org.jeli.chat.ChatSource;
import org.jeli.chat.telegram.TelegramParser;
import org.jeli.chat.whatsapp.WhatsAppParser;

/** Parses the chat file of a located export with the parser its format needs. */
public final class ChatExportParser {
    private final WhatsAppParser whatsApp;
    private final TelegramParser telegram;

    public ChatExportParser(WhatsAppParser whatsApp, TelegramParser telegram) {
        this.whatsApp = Objects.requireNonNull(whatsApp, "whatsApp");
        this.telegram = Objects.requireNonNull(telegram, "telegram");
    }

    /** Sends the events of {@code export}'s chat file to {@code sink}. */
    public void parse(SafeZip zip, LocatedExport export, Consumer<? super ChatEvent> sink) throws IOException {
        ChatSource source = () -> zip.open(export.chatEntry());
        switch (export.format()) {
            case WHATSAPP_TEXT -> whatsApp.parse(source, export.chatName(), sink);
            case TELEGRAM_JSON -> telegram.parse(source, sink);
        }
    }
}
