package org.jeli.chat;

/** The export formats Jeli reads. Stable names. */
public enum ChatFormat {
    /** WhatsApp "Export chat" text ({@code _chat.txt}, {@code WhatsApp Chat with ….txt}). */
    WHATSAPP_TEXT,
    /** Telegram Desktop JSON ({@code result.json}). */
    TELEGRAM_JSON
}
