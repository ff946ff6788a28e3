package org.jeli.viewer.ffmpeg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs ffmpeg out of process with a time limit, reading only local files of the formats a phone
 * records (no network protocols, no playlists or concatenation that could read other files), and
 * writing outputs without the input's metadata ({@code -map_metadata -1}). Its output is discarded:
 * it could echo evidence metadata, which must not reach the server log.
 */
public final class Ffmpeg {
    /** How a run ended. */
    public enum Outcome {
        OK,
        FAILED,
        TIMEOUT,
        MISSING
    }

    private static final String DEMUXERS = "mov,mp4,m4a,3gp,3g2,mj2,matroska,webm,ogg,amr,amrnb,amrwb,mp3,wav,flac,"
            + "aac,avi,mpeg,mpegts,flv,asf,caf,image2,jpeg_pipe,png_pipe,webp_pipe,bmp_pipe,gif,tiff_pipe";

    private final Path program;
    private final Duration timeLimit;

    public Ffmpeg(Path program, Duration timeLimit) {
        this.program = program;
        this.timeLimit = timeLimit;
    }

    public boolean available() {
        return Files.isExecutable(program);
    }

    /** A still JPEG of the first frame at or after {@code seconds}, its longest side at most {@code size}. */
    public Outcome poster(Path in, Path out, double seconds, int size) throws IOException {
        return run(
                in,
                out,
                List.of(
                        "-frames:v",
                        "1",
                        "-vf",
                        "scale='if(gt(iw,ih)," + size + ",-2)':'if(gt(iw,ih),-2," + size + ")'",
                        "-f",
                        "image2",
                        "-c:v",
                        "mjpeg"),
                seconds);
    }

    /** An MP4 that browsers play: H.264 video (when there is video) and AAC audio, moov first. */
    public Outcome webVideo(Path in, Path out) throws IOException {
        return run(
                in,
                out,
                List.of(
                        "-map",
                        "0:v:0?",
                        "-map",
                        "0:a:0?",
                        "-c:v",
                        "libx264",
                        "-preset",
                        "veryfast",
                        "-crf",
                        "28",
                        "-pix_fmt",
                        "yuv420p",
                        "-vf",
                        "scale='min(1280,iw)':-2",
                        "-c:a",
                        "aac",
                        "-b:a",
                        "96k",
                        "-movflags",
                        "+faststart",
                        "-f",
                        "mp4"),
                -1);
    }

    /**
     * The same video and audio streams, copied without re-encoding into a fresh {@code container}
     * ({@code mp4} or {@code webm}) that keeps none of the original's metadata (no GPS, device or
     * dates in the container): what a browser plays when the original would play as it is.
     */
    public Outcome remux(Path in, Path out, String container) throws IOException {
        List<String> args = new ArrayList<>(List.of("-map", "0:v:0?", "-map", "0:a:0?", "-c", "copy"));
        if ("mp4".equals(container)) {
            args.addAll(List.of("-movflags", "+faststart"));
        }
        args.addAll(List.of("-f", container));
        return run(in, out, args, -1);
    }

    /** An M4A (AAC) that browsers play. */
    public Outcome webAudio(Path in, Path out) throws IOException {
        return run(in, out, List.of("-vn", "-map", "0:a:0", "-c:a", "aac", "-b:a", "96k", "-f", "mp4"), -1);
    }

    private Outcome run(Path in, Path out, List<String> outputArgs, double seek) throws IOException {
        if (!available()) {
            return Outcome.MISSING;
        }
        List<String> cmd = new ArrayList<>(List.of(
                program.toString(),
                "-nostdin",
                "-hide_banner",
                "-loglevel",
                "error",
                "-y",
                "-protocol_whitelist",
                "file",
                "-format_whitelist",
                DEMUXERS));
        if (seek >= 0) {
            cmd.addAll(List.of("-ss", Double.toString(seek)));
        }
        cmd.addAll(List.of("-i", "file:" + in.toAbsolutePath()));
        cmd.addAll(List.of("-map_metadata", "-1", "-map_chapters", "-1", "-fflags", "+bitexact"));
        cmd.addAll(outputArgs);
        cmd.add("file:" + out.toAbsolutePath());
        Process p = new ProcessBuilder(cmd)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            if (!p.waitFor(timeLimit.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
                return Outcome.TIMEOUT;
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return Outcome.TIMEOUT;
        }
        return p.exitValue() == 0 && Files.size(out) > 0 ? Outcome.OK : Outcome.FAILED;
    }
}
