package org.jeli.chat;

/** Why a {@link Gap} is missing. Stable names. */
public enum GapKind {
    /** WhatsApp exported "without media" ({@code <Media omitted>}, {@code image omitted}, …). */
    MEDIA_OMITTED,
    /** Telegram's export settings left the file out ({@code (File not included. …)}). */
    FILE_NOT_INCLUDED
}
