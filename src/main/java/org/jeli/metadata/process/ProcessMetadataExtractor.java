package org.jeli.metadata.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.jeli.metadata.ExtractionOutcome;
import org.jeli.metadata.ExtractionResult;
import org.jeli.metadata.MetadataExtractor;
import org.jeli.metadata.NormalizedMetadata;

/**
 * {@link MetadataExtractor} that runs Tika in separate JVM processes: one small pool for type
 * detection at upload, one for extraction, so that an upload never waits behind a slow parse. A
 * worker that overruns the time limit is killed; one that runs out of its heap, crashes or exits
 * ends only itself. Either way the file gets an outcome and the pool starts a fresh worker.
 * Thread-safe; {@link #close} ends all workers.
 */
public final class ProcessMetadataExtractor implements MetadataExtractor, AutoCloseable {

    static final String OCTET_STREAM = "application/octet-stream";
    /** Exit code of a JVM ended by {@code -XX:+ExitOnOutOfMemoryError}. */
    static final int OUT_OF_MEMORY_EXIT = 3;

    private final ProcessLimits limits;
    private final ScheduledExecutorService watchdog;
    private final ChildPool detection;
    private final ChildPool extraction;

    public ProcessMetadataExtractor(ProcessLimits limits, ChildCommand command) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, "jeli-parse-watchdog");
            t.setDaemon(true);
            return t;
        });
        this.detection = new ChildPool(command, limits.detectionProcesses(), limits.startLimit(), watchdog);
        this.extraction = new ChildPool(command, limits.processes(), limits.startLimit(), watchdog);
    }

    /** Workers started from this JVM's own code with the configured heap. */
    public ProcessMetadataExtractor(ProcessLimits limits) {
        this(limits, ChildCommand.forThisJvm(limits.maxHeap()));
    }

    /**
     * By content, in a detection worker. Never fails an upload: a worker that cannot start, hangs
     * or dies yields {@value #OCTET_STREAM}, and the later extraction records the type it finds.
     */
    @Override
    public String detectMediaType(Path storedFile, String fileNameHint) {
        String file = requireFile(storedFile);
        try {
            ChildReply reply =
                    detection.run(limits.request(Frames.DETECT, file, fileNameHint), limits.detectTimeLimit());
            return reply instanceof ChildReply.Answered a ? type(a.detectedType()) : OCTET_STREAM;
        } catch (IOException e) {
            return OCTET_STREAM;
        } catch (InterruptedException e) {
            throw interrupted();
        }
    }

    /**
     * In an extraction worker. Throws only when no worker can be started (the caller retries);
     * whatever the file does to the worker ends in an outcome.
     */
    @Override
    public ExtractionResult extract(Path storedFile, String fileNameHint) {
        String file = requireFile(storedFile);
        ChildReply reply;
        try {
            reply = extraction.run(limits.request(Frames.EXTRACT, file, fileNameHint), limits.timeLimit());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw interrupted();
        }
        return outcomeOf(reply);
    }

    private ExtractionResult outcomeOf(ChildReply reply) {
        if (reply instanceof ChildReply.Answered a) {
            return decode(a);
        }
        if (reply instanceof ChildReply.TimedOut t) {
            String detail = "time limit of " + limits.timeLimit().toMillis() + " ms exceeded; parser process killed";
            return failure(ExtractionOutcome.TIMEOUT, detail, t.detectedType());
        }
        if (reply instanceof ChildReply.Died d && d.exitCode() == OUT_OF_MEMORY_EXIT) {
            String detail = "memory limit of " + limits.maxHeap() + " exceeded; parser process ended";
            return failure(ExtractionOutcome.LIMIT, detail, d.detectedType());
        }
        if (reply instanceof ChildReply.Died d) {
            String detail = "parser process ended unexpectedly (exit code " + d.exitCode() + ")";
            return failure(ExtractionOutcome.FAILED, detail, d.detectedType());
        }
        ChildReply.Refused r = (ChildReply.Refused) reply;
        return r.tooLarge()
                ? failure(
                        ExtractionOutcome.LIMIT,
                        "output limit of " + limits.maxOutputBytes() + " bytes exceeded",
                        r.detectedType())
                : failure(ExtractionOutcome.FAILED, "parser process sent a malformed answer", r.detectedType());
    }

    @Override
    public String version() {
        String v = extraction.version();
        return v != null ? v : detection.version() != null ? detection.version() : "tika";
    }

    @Override
    public void close() {
        detection.close();
        extraction.close();
        watchdog.shutdownNow();
    }

    private ExtractionResult decode(ChildReply.Answered answer) {
        try {
            return ResultCodec.decode(answer.frame());
        } catch (MalformedFrameException e) {
            return failure(ExtractionOutcome.FAILED, "parser process sent a malformed answer", answer.detectedType());
        }
    }

    private static ExtractionResult failure(ExtractionOutcome outcome, String detail, String detectedType) {
        return new ExtractionResult(outcome, detail, NormalizedMetadata.onlyType(type(detectedType)), Map.of(), "");
    }

    /** A worker's type, if it looks like one. */
    private static String type(String t) {
        return t != null && t.length() <= 255 && t.matches("[a-z0-9.+-]+/[A-Za-z0-9.+_-]+") ? t : OCTET_STREAM;
    }

    private static String requireFile(Path storedFile) {
        Objects.requireNonNull(storedFile, "storedFile");
        if (!Files.isRegularFile(storedFile) || !Files.isReadable(storedFile)) {
            throw new UncheckedIOException(new NoSuchFileException(storedFile.toString(), null, "no readable file"));
        }
        return storedFile.toAbsolutePath().toString();
    }

    private static CancellationException interrupted() {
        Thread.currentThread().interrupt();
        return new CancellationException("interrupted while waiting for the parser process");
    }
}
