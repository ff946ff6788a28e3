package org.jeli.metadata.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jeli.metadata.ExtractionOutcome;
import org.jeli.metadata.ExtractionResult;
import org.jeli.testsupport.ExifJpegWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parsing runs in separate processes: a parser that hangs, exhausts its heap, throws, exits the
 * JVM or floods its output marks only its own file, and the pool goes on serving other files, also
 * those parsed at the same time. The misbehaving parser exists only on the test class path.
 */
class ProcessMetadataExtractorTest {

    private static final ProcessLimits LIMITS = new ProcessLimits(
            Duration.ofSeconds(15),
            Duration.ofSeconds(15),
            100_000,
            10,
            3,
            256 * 1024,
            "96m",
            2,
            1,
            Duration.ofSeconds(120));

    @TempDir
    static Path dir;

    private static ProcessMetadataExtractor extractor;

    @BeforeAll
    static void startPool() {
        extractor = new ProcessMetadataExtractor(LIMITS);
    }

    @AfterAll
    static void stopPool() {
        extractor.close();
    }

    private static Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static Path testFile(String behaviour) throws IOException {
        return file(
                behaviour + ".bin",
                ("JELI-TEST-" + behaviour.toUpperCase() + "\n").getBytes(StandardCharsets.US_ASCII));
    }

    private static Path photo(String name) throws IOException {
        return file(name, ExifJpegWriter.jpegWithExif(LocalDateTime.of(2023, 5, 14, 14, 22, 33), "Tecno", "KE5"));
    }

    private static void assertPhotoParses(ExtractionResult result) {
        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.OK);
        assertThat(result.normalized().deviceModel()).isEqualTo("KE5");
        assertThat(result.normalized().capturedAt()).isEqualTo("2023-05-14T14:22:33");
    }

    @Test
    void aPhotoIsParsedInAWorkerProcessWithItsMetadata() throws IOException {
        ExtractionResult result = extractor.extract(photo("photo.jpg"), null);
        assertPhotoParses(result);
        assertThat(result.normalized().mediaType()).isEqualTo("image/jpeg");
        assertThat(extractor.version()).startsWith("tika-3.");
    }

    @Test
    void aHangingParserIsKilledAtTheTimeLimitAndTheNextFileStillParses() throws IOException {
        ExtractionResult hung = extractor.extract(testFile("hang"), null);
        assertThat(hung.outcome()).isEqualTo(ExtractionOutcome.TIMEOUT);
        assertThat(hung.detail()).contains("killed");
        assertThat(hung.normalized().mediaType()).isEqualTo("application/x-jeli-test-hang");
        assertPhotoParses(extractor.extract(photo("after-hang.jpg"), null));
    }

    @Test
    void aParserThatExhaustsItsHeapEndsOnlyItsOwnProcess() throws IOException {
        ExtractionResult result = extractor.extract(testFile("oom"), null);
        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.LIMIT);
        assertThat(result.detail()).contains("memory limit of 96m");
        assertPhotoParses(extractor.extract(photo("after-oom.jpg"), null));
    }

    @Test
    void aParserThatExitsTheJvmFailsOnlyItsFile() throws IOException {
        ExtractionResult result = extractor.extract(testFile("exit"), null);
        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.FAILED);
        assertThat(result.detail()).contains("exit code 42");
        assertPhotoParses(extractor.extract(photo("after-exit.jpg"), null));
    }

    @Test
    void aParserThatThrowsFailsItsFileWithoutNamingJelisCode() throws IOException {
        ExtractionResult result = extractor.extract(testFile("throw"), null);
        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.FAILED);
        assertThat(result.detail()).startsWith("parser error").doesNotContain("org.jeli");
        assertPhotoParses(extractor.extract(photo("after-throw.jpg"), null));
    }

    @Test
    void aParserFloodingItsOutputIsCutAtTheOutputLimit() throws IOException {
        ExtractionResult result = extractor.extract(testFile("flood"), null);
        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.LIMIT);
        assertThat(result.detail()).contains("output limit");
        assertThat(result.raw()).isEmpty();
    }

    @Test
    void workersDoNotInheritTheServicesEnvironment() throws IOException {
        ExtractionResult result = extractor.extract(testFile("env"), null);
        assertThat(result.raw().get("test:environment")).containsExactly("LANG");
    }

    @Test
    void filesParsedBesideMisbehavingOnesStillGetTheirMetadata() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<ExtractionResult>> bad = new ArrayList<>();
            List<Future<ExtractionResult>> good = new ArrayList<>();
            for (String behaviour : List.of("hang", "oom", "exit", "throw")) {
                Path file = testFile(behaviour);
                bad.add(callers.submit(() -> extractor.extract(file, null)));
                Path photo = photo("beside-" + behaviour + ".jpg");
                good.add(callers.submit(() -> extractor.extract(photo, null)));
            }
            for (Future<ExtractionResult> f : good) {
                assertPhotoParses(f.get());
            }
            assertThat(bad.stream().map(ProcessMetadataExtractorTest::outcome))
                    .containsExactly(
                            ExtractionOutcome.TIMEOUT,
                            ExtractionOutcome.LIMIT,
                            ExtractionOutcome.FAILED,
                            ExtractionOutcome.FAILED);
        } finally {
            callers.shutdownNow();
        }
        assertPhotoParses(extractor.extract(photo("afterwards.jpg"), null));
    }

    @Test
    void detectionGoesByContentNotByTheNamesClaim() throws IOException {
        assertThat(extractor.detectMediaType(photo("statement.txt"), "statement.txt"))
                .isEqualTo("image/jpeg");
        assertThat(extractor.detectMediaType(file("empty.pdf", new byte[0]), "empty.pdf"))
                .isEqualTo("application/octet-stream");
    }

    private static ExtractionOutcome outcome(Future<ExtractionResult> f) {
        try {
            return f.get().outcome();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
