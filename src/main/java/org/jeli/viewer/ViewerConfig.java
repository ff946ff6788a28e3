package org.jeli.viewer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of safe viewing; each is documented in README's configuration table. */
@ConfigMapping(prefix = "jeli.viewer")
public interface ViewerConfig {
    /** The ffmpeg program that makes video and audio derivatives; absent means no such previews. */
    @WithDefault("/usr/bin/ffmpeg")
    String ffmpeg();

    /** How long one ffmpeg run may take before it is killed and the preview marked unavailable. */
    @WithDefault("120s")
    Duration ffmpegTimeLimit();

    /** The longest side of a thumbnail, in pixels. */
    @WithDefault("480")
    int thumbnailSize();

    /** The longest side of an image preview, in pixels. */
    @WithDefault("1600")
    int previewSize();

    /** Images with more pixels than this are not decoded (decompression bombs). */
    @WithDefault("60000000")
    long maxImagePixels();
}
