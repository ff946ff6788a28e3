package org.jeli.export;

import java.util.Locale;
import java.util.Map;

/** A file extension for a media type, so that a payload file opens in the right program. */
final class MediaExtensions {
    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("image/jpeg", ".jpg"),
            Map.entry("image/png", ".png"),
            Map.entry("image/gif", ".gif"),
            Map.entry("image/webp", ".webp"),
            Map.entry("image/heic", ".heic"),
            Map.entry("image/tiff", ".tif"),
            Map.entry("video/mp4", ".mp4"),
            Map.entry("video/quicktime", ".mov"),
            Map.entry("video/webm", ".webm"),
            Map.entry("video/x-matroska", ".mkv"),
            Map.entry("video/3gpp", ".3gp"),
            Map.entry("audio/mpeg", ".mp3"),
            Map.entry("audio/mp4", ".m4a"),
            Map.entry("audio/ogg", ".ogg"),
            Map.entry("audio/opus", ".opus"),
            Map.entry("audio/vorbis", ".ogg"),
            Map.entry("audio/x-wav", ".wav"),
            Map.entry("audio/amr", ".amr"),
            Map.entry("application/pdf", ".pdf"),
            Map.entry("application/zip", ".zip"),
            Map.entry("text/plain", ".txt"));

    private MediaExtensions() {}

    static String of(String mediaType) {
        if (mediaType == null) {
            return ".bin";
        }
        String base = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return KNOWN.getOrDefault(base, ".bin");
    }
}
