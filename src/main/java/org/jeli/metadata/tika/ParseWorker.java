package org.jeli.metadata.tika;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.tika.Tika;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.Parser;
import org.jeli.metadata.ExtractionOutcome;
import org.jeli.metadata.ExtractionResult;
import org.jeli.metadata.NormalizedMetadata;
import org.jeli.metadata.process.Frames;
import org.jeli.metadata.process.ParseRequest;
import org.jeli.metadata.process.ResultCodec;

/**
 * The child side of out-of-process parsing: reads requests from the parent's pipe, runs Tika on the
 * named local file on this (only) thread, and writes the answer. The parent enforces the time
 * limit by killing this process; memory is bounded by the process's own heap. Runs only in a
 * parse-worker process, never in the service (an ArchUnit rule keeps it so).
 */
public final class ParseWorker {

    /** Requests are tiny: a path, a name hint and limits. */
    static final int MAX_REQUEST_BYTES = 64 * 1024;

    private final Parser parser;
    private final Detector detector;

    public ParseWorker() {
        TikaConfig config = TikaConfig.getDefaultConfig();
        this.detector = config.getDetector();
        this.parser = new AutoDetectParser(config);
    }

    /** Tika's name and version, as the parent records it with each result. */
    public static String version() {
        return "tika-" + Tika.getString().replaceFirst("^Apache Tika ", "");
    }

    /** Serves requests until the parent closes the pipe. */
    public void serve(InputStream in, OutputStream out) throws IOException {
        Frames.write(
                out,
                new Frames.Writer(Frames.HELLO)
                        .writeInt(Frames.VERSION)
                        .writeString(version())
                        .toByteArray());
        byte[] frame;
        while ((frame = Frames.read(in, MAX_REQUEST_BYTES)) != null) {
            ParseRequest request = ParseRequest.decode(frame);
            Path file = Path.of(request.file());
            if (request.operation() == Frames.DETECT) {
                Frames.write(out, typeFrame(new DetectJob(detector, file, request.fileNameHint()).call()));
            } else {
                Frames.write(out, ResultCodec.encode(extract(request, file, out), request.maxOutputBytes()));
            }
        }
    }

    private ExtractionResult extract(ParseRequest request, Path file, OutputStream out) throws IOException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            Frames.write(out, typeFrame(DetectJob.OCTET_STREAM));
            return new ExtractionResult(
                    ExtractionOutcome.FAILED,
                    "stored file not readable by the parser process",
                    NormalizedMetadata.onlyType(null),
                    null,
                    null);
        }
        TikaLimits limits = new TikaLimits(
                Duration.ofDays(1), // the parent kills this process at the real limit
                request.maxTextChars(),
                request.maxEmbeddedResources(),
                request.maxEmbeddedDepth());
        AtomicReference<String> detected = new AtomicReference<>(DetectJob.OCTET_STREAM);
        ParseJob job = new ParseJob(parser, detector, limits, file, request.fileNameHint(), detected) {
            @Override
            void detected(String type) throws IOException {
                Frames.write(out, typeFrame(type));
            }
        };
        return job.call();
    }

    private static byte[] typeFrame(String type) {
        return new Frames.Writer(Frames.TYPE).writeString(type).toByteArray();
    }
}
