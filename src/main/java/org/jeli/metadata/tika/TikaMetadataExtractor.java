package org.jeli.metadata.tika;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.tika.Tika;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.Parser;
import org.jeli.metadata.ExtractionOutcome;
import org.jeli.metadata.ExtractionResult;
import org.jeli.metadata.MetadataExtractor;
import org.jeli.metadata.NormalizedMetadata;

/**
 * {@link MetadataExtractor} on Apache Tika, in process. Each detection and parse runs on a worker
 * thread and is abandoned (interrupted) when it overruns the time limit; a parser that ignores the
 * interrupt keeps its daemon thread until it ends, which is why the service parses out of process
 * instead ({@code org.jeli.metadata.process}); this form serves tests and benchmarks.
 * Thread-safe: one instance serves concurrent extractions.
 */
public final class TikaMetadataExtractor implements MetadataExtractor {

    private final TikaLimits limits;
    private final ExecutorService executor;
    private final Parser parser;
    private final Detector detector;
    private final String version;

    /** Uses its own pool of daemon threads. */
    public TikaMetadataExtractor(TikaLimits limits) {
        this(limits, daemonThreads());
    }

    /** Runs parses on {@code executor}, which must run each task on its own thread without queueing. */
    public TikaMetadataExtractor(TikaLimits limits, ExecutorService executor) {
        this(limits, executor, null);
    }

    /** For tests: parses with {@code parser} (Tika's auto-detecting parser when null). */
    TikaMetadataExtractor(TikaLimits limits, ExecutorService executor, Parser parser) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.executor = Objects.requireNonNull(executor, "executor");
        TikaConfig config = TikaConfig.getDefaultConfig();
        this.detector = config.getDetector();
        this.parser = parser != null ? parser : new AutoDetectParser(config);
        this.version = "tika-" + Tika.getString().replaceFirst("^Apache Tika ", "");
    }

    /** For tests: parses with {@code parser} on its own daemon threads. */
    TikaMetadataExtractor(TikaLimits limits, Parser parser) {
        this(limits, daemonThreads(), Objects.requireNonNull(parser, "parser"));
    }

    @Override
    public String detectMediaType(Path storedFile, String fileNameHint) {
        requireFile(storedFile);
        Future<String> detection = executor.submit(new DetectJob(detector, storedFile, fileNameHint));
        try {
            return detection.get(limits.timeLimit().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            detection.cancel(true);
            return DetectJob.OCTET_STREAM;
        } catch (InterruptedException e) {
            throw interrupted(detection);
        }
    }

    @Override
    public ExtractionResult extract(Path storedFile, String fileNameHint) {
        requireFile(storedFile);
        AtomicReference<String> detected = new AtomicReference<>(DetectJob.OCTET_STREAM);
        Future<ExtractionResult> parse =
                executor.submit(new ParseJob(parser, detector, limits, storedFile, fileNameHint, detected));
        try {
            return parse.get(limits.timeLimit().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            String detail = "time limit of " + limits.timeLimit().toMillis() + " ms exceeded";
            return new ExtractionResult(
                    ExtractionOutcome.TIMEOUT, detail, NormalizedMetadata.onlyType(detected.get()), Map.of(), "");
        } catch (ExecutionException e) { // ParseJob catches everything; this is a safety net
            ParseFailures.Failure failure = ParseFailures.classify(e.getCause(), storedFile);
            return new ExtractionResult(
                    failure.outcome(), failure.detail(), NormalizedMetadata.onlyType(detected.get()), Map.of(), "");
        } catch (InterruptedException e) {
            throw interrupted(parse);
        }
    }

    @Override
    public String version() {
        return version;
    }

    private static void requireFile(Path storedFile) {
        Objects.requireNonNull(storedFile, "storedFile");
        if (!Files.isRegularFile(storedFile) || !Files.isReadable(storedFile)) {
            throw new UncheckedIOException(new NoSuchFileException(storedFile.toString(), null, "no readable file"));
        }
    }

    private static CancellationException interrupted(Future<?> task) {
        task.cancel(true);
        Thread.currentThread().interrupt();
        return new CancellationException("interrupted while waiting for the parser");
    }

    private static ExecutorService daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "jeli-tika-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
