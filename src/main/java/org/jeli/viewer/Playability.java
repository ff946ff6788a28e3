package org.jeli.viewer;

import java.util.Locale;
import java.util.Set;

/**
 * Which originals a browser plays as they are, and which need a web-playable preview. Decided from
 * the detected media type and, when the extractor found them, the codecs.
 */
public final class Playability {
    private static final Set<String> PLAYABLE = Set.of(
            "video/mp4",
            "video/webm",
            "audio/mpeg",
            "audio/mp4",
            "audio/x-m4a",
            "audio/wav",
            "audio/x-wav",
            "audio/vnd.wave",
            "audio/webm",
            "audio/ogg",
            "audio/vorbis",
            "audio/flac",
            "audio/x-flac");
    private static final Set<String> UNPLAYABLE_CODECS = Set.of("hevc", "h265", "hvc1", "hev1", "amr", "samr", "sawb");

    private Playability() {}

    public static boolean isVideo(String mediaType) {
        return lower(mediaType).startsWith("video/");
    }

    public static boolean isAudio(String mediaType) {
        return lower(mediaType).startsWith("audio/");
    }

    /** Passive still images a browser may show once re-encoded (never SVG: it is active content). */
    public static boolean isImage(String mediaType) {
        String t = lower(mediaType);
        return t.startsWith("image/") && !t.contains("svg");
    }

    /** Whether the original plays in current browsers without a preview. */
    public static boolean playsAsIs(String mediaType, String codecs) {
        String t = lower(mediaType);
        if (!PLAYABLE.contains(t)) {
            return false;
        }
        String c = lower(codecs);
        return UNPLAYABLE_CODECS.stream().noneMatch(c::contains);
    }

    private static String lower(String s) {
        String v = s == null ? "" : s.toLowerCase(Locale.ROOT);
        int semicolon = v.indexOf(';');
        return (semicolon >= 0 ? v.substring(0, semicolon) : v).strip();
    }
}
