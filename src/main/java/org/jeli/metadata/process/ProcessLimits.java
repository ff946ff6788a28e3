package org.jeli.metadata.process;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds of out-of-process extraction; each is a {@code jeli.metadata.*} property.
 *
 * @param timeLimit wall-clock time one extraction may take; past it the worker is killed (TIMEOUT)
 * @param detectTimeLimit wall-clock time one type detection may take at upload
 * @param maxTextChars characters of text kept (LIMIT beyond)
 * @param maxEmbeddedResources embedded documents parsed in one file (LIMIT beyond)
 * @param maxEmbeddedDepth nesting depth of embedded documents (LIMIT beyond)
 * @param maxOutputBytes size of one encoded result a worker may send (LIMIT beyond)
 * @param maxHeap heap of each worker process, as for {@code -Xmx} (LIMIT when exhausted)
 * @param processes worker processes for extraction
 * @param detectionProcesses worker processes for type detection at upload, apart from extraction
 * @param startLimit time a worker may take to start
 */
public record ProcessLimits(
        Duration timeLimit,
        Duration detectTimeLimit,
        int maxTextChars,
        int maxEmbeddedResources,
        int maxEmbeddedDepth,
        int maxOutputBytes,
        String maxHeap,
        int processes,
        int detectionProcesses,
        Duration startLimit) {

    public ProcessLimits {
        for (Duration d : new Duration[] {timeLimit, detectTimeLimit, startLimit}) {
            Objects.requireNonNull(d, "time limits");
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("time limits must be positive");
            }
        }
        Objects.requireNonNull(maxHeap, "maxHeap");
        if (maxTextChars < 0 || maxEmbeddedResources < 0 || maxEmbeddedDepth < 0) {
            throw new IllegalArgumentException("limits must not be negative");
        }
        if (maxOutputBytes < 64 * 1024 || processes < 1 || detectionProcesses < 1) {
            throw new IllegalArgumentException("at least 64 KiB of output and one process per pool");
        }
    }

    /** The defaults documented in README: 60 s, 10 s, 1,000,000 chars, 100 documents, depth 5, 16 MiB, 256m, 2 and 1 processes, 120 s to start. */
    public static ProcessLimits defaults() {
        return new ProcessLimits(
                Duration.ofSeconds(60),
                Duration.ofSeconds(10),
                1_000_000,
                100,
                5,
                16 << 20,
                "256m",
                2,
                1,
                Duration.ofSeconds(120));
    }

    public ProcessLimits withTimeLimit(Duration limit) {
        return new ProcessLimits(
                limit,
                detectTimeLimit,
                maxTextChars,
                maxEmbeddedResources,
                maxEmbeddedDepth,
                maxOutputBytes,
                maxHeap,
                processes,
                detectionProcesses,
                startLimit);
    }

    ParseRequest request(byte operation, String file, String hint) {
        return new ParseRequest(
                operation, file, hint, maxTextChars, maxEmbeddedResources, maxEmbeddedDepth, maxOutputBytes);
    }
}
