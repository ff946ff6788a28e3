package org.jeli.viewer;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jeli.common.Digest;
import org.jeli.ingest.ItemDetails;
import org.jeli.provenance.EntryDraft;
import org.jeli.provenance.LogAppender;
import org.jeli.storage.BlobStore;
import org.jeli.storage.StagedBlob;
import org.jeli.viewer.ffmpeg.Ffmpeg;
import org.jeli.viewer.jdbc.JdbcDerivativeStore;

/**
 * Thumbnails and previews, made on first need from a copy of the original (which is never
 * changed), stored in the blob store like any blob (so encrypted at rest and named by a keyed hash)
 * and recorded in the {@code derivatives} table. Making one appends {@code derivative.created};
 * when none can be made the reason is recorded (except a missing ffmpeg, which an operator may
 * install later).
 */
@ApplicationScoped
public class Derivatives {
    private final BlobStore blobs;
    private final JdbcDerivativeStore store;
    private final LogAppender log;
    private final Clock clock;
    private final ViewerConfig config;
    private final Ffmpeg ffmpeg;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    public Derivatives(BlobStore blobs, JdbcDerivativeStore store, LogAppender log, Clock clock, ViewerConfig config) {
        this.blobs = blobs;
        this.store = store;
        this.log = log;
        this.clock = clock;
        this.config = config;
        this.ffmpeg = new Ffmpeg(Path.of(config.ffmpeg()), config.ffmpegTimeLimit());
    }

    public boolean ffmpegAvailable() {
        return ffmpeg.available();
    }

    /** The derivative of this kind, made now if there is none yet; {@code userId} asked for it. */
    public Derivative get(ItemDetails item, DerivativeKind kind, long userId) throws IOException {
        Optional<Derivative> known = store.find(item.sha256(), kind);
        if (known.isPresent()) {
            return known.get();
        }
        Object lock = locks.computeIfAbsent(item.sha256() + kind, k -> new Object());
        try {
            synchronized (lock) {
                known = store.find(item.sha256(), kind);
                if (known.isPresent()) {
                    return known.get();
                }
                Derivative made = make(item, kind);
                if (made.ready() || !isTransient(made.reason())) {
                    store.record(made);
                }
                if (made.ready()) {
                    Map<String, Object> payload = new LinkedHashMap<>();
                    payload.put("blob", item.sha256());
                    payload.put("derivative", made.kind().label());
                    payload.put("sha256", made.sha256());
                    payload.put("mediaType", made.mediaType());
                    payload.put("size", made.size());
                    log.append(new EntryDraft(
                            "derivative.created", EntryDraft.user(userId), EntryDraft.item(item.id()), payload));
                }
                return store.find(item.sha256(), kind).orElse(made);
            }
        } finally {
            locks.remove(item.sha256() + kind);
        }
    }

    private static boolean isTransient(String reason) {
        return "ffmpeg-missing".equals(reason);
    }

    /** The stored bytes of a ready derivative. */
    public InputStream open(Derivative d, long offset, long length) throws IOException {
        return blobs.open(Digest.parse(d.sha256()), offset, length);
    }

    private Derivative make(ItemDetails item, DerivativeKind kind) throws IOException {
        String type = item.mediaType();
        String codecs = item.metadata().normalized() == null
                ? null
                : item.metadata().normalized().codecs();
        boolean video = Playability.isVideo(type);
        boolean audio = Playability.isAudio(type);
        boolean image = Playability.isImage(type);
        if (!video && !audio && !image || audio && kind == DerivativeKind.THUMBNAIL) {
            return unavailable(item, kind, "unsupported");
        }
        if ((video || audio) && !ffmpeg.available()) {
            return unavailable(item, kind, "ffmpeg-missing");
        }
        try (ScratchFile original = ScratchFile.of(blobs, Digest.parse(item.sha256()), item.size());
                ScratchFile out = ScratchFile.empty(".out")) {
            Made made = image
                    ? still(original.path(), out.path(), kind)
                    : video && kind == DerivativeKind.THUMBNAIL
                            ? poster(original.path(), out.path())
                            : media(original.path(), out.path(), video, Playability.playsAsIs(type, codecs), type);
            if (made.reason() != null) {
                return unavailable(item, kind, made.reason());
            }
            try (InputStream in = Files.newInputStream(out.path());
                    StagedBlob staged = blobs.stage(in, Long.MAX_VALUE)) {
                staged.commit();
                return new Derivative(
                        item.sha256(),
                        kind,
                        true,
                        made.mediaType(),
                        staged.sha256().hex(),
                        staged.size(),
                        null,
                        clock.instant());
            }
        }
    }

    private record Made(String mediaType, String reason) {}

    private Made still(Path in, Path out, DerivativeKind kind) throws IOException {
        int side = kind == DerivativeKind.THUMBNAIL ? config.thumbnailSize() : config.previewSize();
        Optional<ImageStills.Failure> f = ImageStills.toJpeg(in, out, side, config.maxImagePixels());
        if (f.isEmpty()) {
            return new Made("image/jpeg", null);
        }
        if (f.get() == ImageStills.Failure.UNREADABLE && ffmpeg.available()) {
            return poster(in, out); // HEIC and other formats ImageIO cannot read
        }
        return new Made(null, f.get() == ImageStills.Failure.TOO_LARGE ? "too-large" : "unreadable");
    }

    /** A poster frame by ffmpeg, then re-encoded by ImageIO so that nothing but pixels remains. */
    private Made poster(Path in, Path out) throws IOException {
        try (ScratchFile frame = ScratchFile.empty(".jpg")) {
            Ffmpeg.Outcome o = ffmpeg.poster(in, frame.path(), 1.0, config.thumbnailSize());
            if (o == Ffmpeg.Outcome.FAILED) {
                o = ffmpeg.poster(in, frame.path(), 0, config.thumbnailSize()); // shorter than a second
            }
            if (o != Ffmpeg.Outcome.OK) {
                return new Made(null, reason(o));
            }
            Optional<ImageStills.Failure> f =
                    ImageStills.toJpeg(frame.path(), out, config.thumbnailSize(), config.maxImagePixels());
            return f.isEmpty() ? new Made("image/jpeg", null) : new Made(null, "ffmpeg-failed");
        }
    }

    /**
     * A web-playable copy without metadata. Video a browser plays as it is keeps its streams (a
     * remux: fast, no quality lost) in a fresh container; everything else is re-encoded.
     */
    private Made media(Path in, Path out, boolean video, boolean playsAsIs, String type) throws IOException {
        if (video && playsAsIs) {
            String container = type.toLowerCase(java.util.Locale.ROOT).contains("webm") ? "webm" : "mp4";
            if (ffmpeg.remux(in, out, container) == Ffmpeg.Outcome.OK) {
                return new Made("video/" + container, null);
            }
        }
        Ffmpeg.Outcome o = video ? ffmpeg.webVideo(in, out) : ffmpeg.webAudio(in, out);
        return o == Ffmpeg.Outcome.OK ? new Made(video ? "video/mp4" : "audio/mp4", null) : new Made(null, reason(o));
    }

    private static String reason(Ffmpeg.Outcome o) {
        return switch (o) {
            case TIMEOUT -> "ffmpeg-timeout";
            case MISSING -> "ffmpeg-missing";
            default -> "ffmpeg-failed";
        };
    }

    private Derivative unavailable(ItemDetails item, DerivativeKind kind, String reason) {
        return Derivative.unavailable(item.sha256(), kind, reason, clock.instant());
    }
}
