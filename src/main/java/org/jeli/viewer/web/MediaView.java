package org.jeli.viewer.web;

import java.io.IOException;
import org.jeli.ingest.ItemDetails;
import org.jeli.viewer.Derivative;
import org.jeli.viewer.DerivativeKind;
import org.jeli.viewer.Derivatives;
import org.jeli.viewer.Playability;

/**
 * How the item page shows the media: {@code image} (a re-encoded preview, never the original),
 * {@code video} or {@code audio} (always the preview: a copy without the original's metadata,
 * remuxed when browsers play the original, re-encoded otherwise), or {@code none} with the reason. Active content (HTML, SVG, scripts, documents) is never
 * rendered.
 *
 * @param src the URL the media element loads, or null
 * @param poster the poster frame of a video, or null
 * @param reason why there is nothing to show ({@code no_preview} message key argument), or null
 */
public record MediaView(String kind, String src, String poster, String reason, boolean activeContent) {
    static MediaView of(ItemDetails item, Derivatives derivatives, long userId) throws IOException {
        String base = "/api/items/" + item.id();
        String type = item.mediaType();
        if (Playability.isImage(type)) {
            Derivative d = derivatives.get(item, DerivativeKind.PREVIEW, userId);
            return d.ready()
                    ? new MediaView("image", base + "/preview", null, null, false)
                    : new MediaView("none", null, null, d.reason(), false);
        }
        boolean video = Playability.isVideo(type);
        if (video || Playability.isAudio(type)) {
            String poster = null;
            if (video && derivatives.get(item, DerivativeKind.THUMBNAIL, userId).ready()) {
                poster = base + "/thumbnail";
            }
            Derivative d = derivatives.get(item, DerivativeKind.PREVIEW, userId);
            return d.ready()
                    ? new MediaView(video ? "video" : "audio", base + "/preview", poster, null, false)
                    : new MediaView("none", null, null, d.reason(), false);
        }
        String t = type == null ? "" : type.toLowerCase(java.util.Locale.ROOT);
        boolean active = t.contains("html")
                || t.contains("svg")
                || t.contains("xml")
                || t.contains("javascript")
                || t.contains("pdf");
        return new MediaView("none", null, null, "unsupported", active);
    }
}
