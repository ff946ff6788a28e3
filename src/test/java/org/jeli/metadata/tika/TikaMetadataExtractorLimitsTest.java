package org.jeli.metadata.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.tika.exception.TikaException;
import org.jeli.metadata.ExtractionOutcome;
import org.jeli.metadata.ExtractionResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Time, text and embedded-document limits, and parsers that throw. */
class TikaMetadataExtractorLimitsTest {

    private static final TikaLimits LIMITS = new TikaLimits(Duration.ofSeconds(30), 1_000, 100);

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void storeAFile() throws IOException {
        file = Files.writeString(dir.resolve("blob"), "some stored bytes");
    }

    @Test
    void hangingParserIsAbandonedAndInterruptedAtTheTimeLimit() throws InterruptedException {
        CountDownLatch interrupted = new CountDownLatch(1);
        var extractor = new TikaMetadataExtractor(
                LIMITS.withTimeLimit(Duration.ofMillis(200)), TestParsers.hanging(interrupted));

        ExtractionResult result = extractor.extract(file, "x.txt");

        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.TIMEOUT);
        assertThat(result.detail()).isEqualTo("time limit of 200 ms exceeded");
        assertThat(result.normalized().mediaType()).isEqualTo("text/plain");
        assertThat(result.raw()).isEmpty();
        assertThat(result.text()).isEmpty();
        assertThat(interrupted.await(10, TimeUnit.SECONDS))
                .as("parser thread interrupted")
                .isTrue();
    }

    @Test
    void textBeyondTheLimitIsCutAndTheParseRunsOn() {
        var extractor = new TikaMetadataExtractor(LIMITS.withMaxTextChars(100), TestParsers.writing(250));

        ExtractionResult result = extractor.extract(file, null);

        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.LIMIT);
        assertThat(result.detail()).isEqualTo("text limit of 100 characters reached");
        assertThat(result.text()).hasSize(100).matches("x+");
        assertThat(result.raw()).containsKey("test:after-text");
    }

    @Test
    void textWithinTheLimitIsOk() {
        var extractor = new TikaMetadataExtractor(LIMITS.withMaxTextChars(100), TestParsers.writing(90));

        ExtractionResult result = extractor.extract(file, null);

        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.OK);
        assertThat(result.text().strip()).hasSize(90);
    }

    @Test
    void runtimeExceptionFailsWithoutItsMessage() {
        var extractor = new TikaMetadataExtractor(LIMITS, TestParsers.of((h, m) -> {
            throw new IllegalStateException("quoted from the file: Amadou Diallo");
        }));

        ExtractionResult result = extractor.extract(file, null);

        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.FAILED);
        assertThat(result.detail()).isEqualTo("parser error: IllegalStateException");
    }

    @Test
    void stackOverflowFails() {
        var extractor = new TikaMetadataExtractor(LIMITS, TestParsers.overflowing());

        ExtractionResult result = extractor.extract(file, null);

        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.FAILED);
        assertThat(result.detail()).isEqualTo("parser error: stack overflow");
    }

    @Test
    void outOfMemoryInsideTheParseFails() {
        var extractor = new TikaMetadataExtractor(LIMITS, TestParsers.of((h, m) -> {
            throw new OutOfMemoryError("Java heap space");
        }));

        assertThat(extractor.extract(file, null).detail()).isEqualTo("parser error: out of memory");
    }

    @Test
    void tikaMessageIsCleanedAndCut() {
        var extractor = new TikaMetadataExtractor(LIMITS, TestParsers.of((h, m) -> {
            throw new TikaException("bad\u0000header\r\nat " + file + " " + "y".repeat(500));
        }));

        ExtractionResult result = extractor.extract(file, null);

        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.FAILED);
        assertThat(result.detail())
                .startsWith("parser error: bad header at <file> yyy")
                .hasSizeLessThanOrEqualTo("parser error: ".length() + ParseFailures.MAX_MESSAGE)
                .doesNotContain(dir.toString())
                .doesNotContainPattern("\\p{Cntrl}");
    }

    @Test
    void tooManyEmbeddedDocumentsIsALimitKeepingWhatWasRead() throws IOException {
        Path zip = Files.write(dir.resolve("zip"), zip(5, 0));
        var extractor = new TikaMetadataExtractor(new TikaLimits(Duration.ofSeconds(30), 10_000, 2));

        ExtractionResult result = extractor.extract(zip, "export.zip");

        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.LIMIT);
        assertThat(result.detail()).isEqualTo("embedded document limit reached");
        assertThat(result.text()).contains("entry number 0", "entry number 1").doesNotContain("entry number 2");
    }

    @Test
    void embeddedDocumentsNestedTooDeepAreALimit() throws IOException {
        Path zip = Files.write(dir.resolve("zip"), zip(1, 3));
        var extractor = new TikaMetadataExtractor(new TikaLimits(Duration.ofSeconds(30), 10_000, 100, 2));

        ExtractionResult result = extractor.extract(zip, "export.zip");

        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.LIMIT);
        assertThat(result.text()).doesNotContain("entry number 0");
    }

    @Test
    void embeddedDocumentsWithinTheLimitsAreOk() throws IOException {
        Path zip = Files.write(dir.resolve("zip"), zip(3, 1));
        var extractor = new TikaMetadataExtractor(TikaLimits.defaults());

        ExtractionResult result = extractor.extract(zip, "export.zip");

        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.OK);
        assertThat(result.text()).contains("entry number 0", "entry number 2");
    }

    /** A zip of {@code entries} text files, wrapped in {@code nesting} further zips. */
    private static byte[] zip(int entries, int nesting) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new ZipEntry("note-" + i + ".txt"));
                zip.write(("entry number " + i).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        byte[] bytes = out.toByteArray();
        for (int level = 0; level < nesting; level++) {
            ByteArrayOutputStream outer = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(outer)) {
                zip.putNextEntry(new ZipEntry("level-" + level + ".zip"));
                zip.write(bytes);
                zip.closeEntry();
            }
            bytes = outer.toByteArray();
        }
        return bytes;
    }
}
