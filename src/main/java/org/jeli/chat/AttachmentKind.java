package org.jeli.chat;

import java.util.Locale;

/** What an attached file is. Stable names. */
public enum AttachmentKind {
    PHOTO,
    VIDEO,
    VOICE,
    AUDIO,
    VIDEO_MESSAGE,
    STICKER,
    ANIMATION,
    FILE;

    /**
     * Guesses the kind from a WhatsApp file name: Android prefixes ({@code IMG-}, {@code VID-}, {@code
     * PTT-}, {@code AUD-}, {@code STK-}), iOS infixes ({@code -PHOTO-}, {@code -VIDEO-}, {@code
     * -AUDIO-}, {@code -STICKER-}), then the extension. {@code .opus} is a voice note.
     */
    public static AttachmentKind fromFileName(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1).toUpperCase(Locale.ROOT);
        if (base.startsWith("PTT-") || base.endsWith(".OPUS")) {
            return VOICE;
        }
        if (base.startsWith("IMG-") || base.contains("-PHOTO-")) {
            return PHOTO;
        }
        if (base.startsWith("VID-") || base.contains("-VIDEO-")) {
            return VIDEO;
        }
        if (base.startsWith("AUD-") || base.contains("-AUDIO-")) {
            return AUDIO;
        }
        if (base.startsWith("STK-") || base.contains("-STICKER-")) {
            return STICKER;
        }
        if (base.contains("-GIF-")) {
            return ANIMATION;
        }
        return byExtension(base.substring(base.lastIndexOf('.') + 1));
    }

    private static AttachmentKind byExtension(String extension) {
        return switch (extension) {
            case "JPG", "JPEG", "PNG", "HEIC" -> PHOTO;
            case "MP4", "MOV", "3GP" -> VIDEO;
            case "M4A", "MP3", "AAC", "OGG", "WAV" -> AUDIO;
            case "WEBP" -> STICKER;
            case "GIF" -> ANIMATION;
            default -> FILE;
        };
    }
}
