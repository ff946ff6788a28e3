package org.jeli.metadata.tika;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.jeli.metadata.ExtractionOutcome;
import org.jeli.metadata.ExtractionResult;
import org.jeli.testsupport.ExifJpegWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real Tika on real (small, generated) files; asserts what Tika 3.3.1 actually does. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TikaMetadataExtractorTest {

    private static final String MP4 = "video-2s-160x120-created-2023-05-14T14-22-33Z.mp4";
    private static final String OPUS = "PTT-20230514-WA0007.opus";

    private final TikaMetadataExtractor extractor = new TikaMetadataExtractor(TikaLimits.defaults());

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource({"12.6392, -8.0029", "-33.9249, 18.4241", "-12.6392, -8.0029", "48.8584, 2.2945"})
    void jpegExifGivesCaptureTimePositionAndDevice(double lat, double lon) throws IOException {
        Path file = write(
                "blob",
                ExifJpegWriter.jpegWithExif(
                        LocalDateTime.parse("2023-05-14T14:22:33"), lat, lon, "samsung", "SM-A105F"));

        ExtractionResult result = extractor.extract(file, "IMG-20230514-WA0012.jpg");

        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.OK);
        assertThat(result.detail()).isNull();
        var n = result.normalized();
        assertThat(n.mediaType()).isEqualTo("image/jpeg");
        assertThat(n.capturedAt()).isEqualTo("2023-05-14T14:22:33");
        assertThat(n.gpsLatitude()).isCloseTo(lat, within(1e-6));
        assertThat(n.gpsLongitude()).isCloseTo(lon, within(1e-6));
        assertThat(n.deviceMake()).isEqualTo("samsung");
        assertThat(n.deviceModel()).isEqualTo("SM-A105F");
        assertThat(n.width()).isEqualTo(ExifJpegWriter.WIDTH);
        assertThat(n.height()).isEqualTo(ExifJpegWriter.HEIGHT);
        assertThat(result.raw()).containsEntry("exif:DateTimeOriginal", List.of("2023-05-14T14:22:33"));
    }

    @Test
    void rawLeavesOutTheNameHintAndTheStoredCopysFileSystemEntries() throws IOException {
        Path file = write("blob", ExifJpegWriter.jpegWithExif(LocalDateTime.parse("2023-05-14T14:22:00"), "M", "X"));

        ExtractionResult result = extractor.extract(file, "Amadou at the market.jpg");

        assertThat(result.normalized().capturedAt()).isEqualTo("2023-05-14T14:22:00");
        assertThat(result.normalized().gpsLatitude()).isNull();
        assertThat(result.raw()).doesNotContainKeys("resourceName", "File Name", "File Modified Date", "File Size");
        assertThat(result.raw().toString()).doesNotContain("Amadou");
    }

    @Test
    void typeComesFromContentNotFromTheName() throws IOException {
        Path file = write("blob", ExifJpegWriter.plainJpeg());

        assertThat(extractor.detectMediaType(file, "report.pdf")).isEqualTo("image/jpeg");
        assertThat(extractor.extract(file, "report.pdf").normalized().mediaType())
                .isEqualTo("image/jpeg");
        assertThat(extractor.detectMediaType(file, null)).isEqualTo("image/jpeg");
    }

    @Test
    void mp4GivesDurationCreationTimeInUtcDimensionsAndCodec() throws IOException {
        ExtractionResult result = extractor.extract(fixture(MP4), "VID-20230514-WA0003.mp4");

        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.OK);
        var n = result.normalized();
        assertThat(n.mediaType()).isEqualTo("video/mp4");
        assertThat(n.durationSeconds()).isCloseTo(2.0, within(0.05));
        assertThat(n.capturedAt()).isEqualTo("2023-05-14T14:22:33Z");
        assertThat(n.width()).isEqualTo(160);
        assertThat(n.height()).isEqualTo(120);
        // Tika reports the sample entry's compressor name, which ffmpeg fills with its encoder name.
        assertThat(n.codecs()).contains("libx264");
        // Tika's MP4 parser notes a harmless "End of data reached." warning even on complete files.
        assertThat(result.raw()).containsKey("X-TIKA:EXCEPTION:warn");
    }

    @Test
    void opusVoiceNoteGivesDurationInSeconds() throws IOException {
        ExtractionResult result = extractor.extract(fixture(OPUS), OPUS);

        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.OK);
        var n = result.normalized();
        assertThat(n.mediaType()).isEqualTo("audio/opus");
        assertThat(n.durationSeconds()).isCloseTo(3.0, within(0.05));
        assertThat(n.codecs()).isEqualTo("Opus");
        assertThat(n.capturedAt()).isNull();
        assertThat(extractor.detectMediaType(fixture(OPUS), "voice.mp3")).isEqualTo("audio/opus");
    }

    @Test
    void jpegTruncatedInsideTheExifBlockFailsWithASafeDetail() throws IOException {
        byte[] jpeg = ExifJpegWriter.jpegWithExif(LocalDateTime.parse("2023-05-14T14:22:33"), 1, 2, "A", "B");
        Path file = write("blob-truncated", Arrays.copyOf(jpeg, 300));

        ExtractionResult result = extractor.extract(file, "IMG-20230514-WA0012.jpg");

        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.FAILED);
        assertThat(result.detail()).isEqualTo("parser error: End of data reached.");
        assertThat(result.normalized().mediaType()).isEqualTo("image/jpeg");
    }

    @Test
    void jpegTruncatedInTheImageDataStillGivesItsExif() throws IOException {
        byte[] jpeg = ExifJpegWriter.jpegWithExif(LocalDateTime.parse("2023-05-14T14:22:33"), 1, 2, "A", "B");
        Path file = write("blob", Arrays.copyOf(jpeg, jpeg.length - 200));

        ExtractionResult result = extractor.extract(file, null);

        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.OK);
        assertThat(result.normalized().capturedAt()).isEqualTo("2023-05-14T14:22:33");
    }

    @ParameterizedTest(name = "first {0} bytes")
    @CsvSource({"200, 2.0", "4000, 2.0", "40, "})
    void truncatedMp4IsOkWithWhatTheMoovBoxStillHolds(int length, Double duration) throws IOException {
        byte[] mp4 = Files.readAllBytes(fixture(MP4));
        Path file = write("blob", Arrays.copyOf(mp4, length));

        ExtractionResult result = extractor.extract(file, "clip.mp4");

        // Tika's MP4 parser records the truncation as a warning, not as a failure.
        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.OK);
        assertThat(result.normalized().mediaType()).isEqualTo("video/mp4");
        assertThat(result.normalized().durationSeconds()).isEqualTo(duration);
        assertThat(result.raw()).containsKey("X-TIKA:EXCEPTION:warn");
    }

    @Test
    void garbageIsUnsupportedOctetStream() throws IOException {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        Path file = write("blob", noise);

        ExtractionResult result = extractor.extract(file, "noise.bin");

        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.UNSUPPORTED);
        assertThat(result.detail()).isEqualTo("no parser for application/octet-stream");
        assertThat(result.normalized().mediaType()).isEqualTo("application/octet-stream");
        assertThat(extractor.detectMediaType(file, "noise.bin")).isEqualTo("application/octet-stream");
    }

    @Test
    void garbageNamedLikeAPdfIsTakenForAPdfByTikaAndFails() throws IOException {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Path file = write("blob", noise);

        // Where magic bytes say nothing, Tika falls back on the name hint.
        assertThat(extractor.detectMediaType(file, "statement.pdf")).isEqualTo("application/pdf");
        ExtractionResult result = extractor.extract(file, "statement.pdf");
        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.FAILED);
        assertThat(result.detail()).startsWith("parser error: ");
    }

    @Test
    void zeroByteFileIsUnsupportedWhateverItsName() throws IOException {
        Path file = write("blob", new byte[0]);

        ExtractionResult result = extractor.extract(file, "IMG-20230514-WA0012.jpg");

        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.UNSUPPORTED);
        assertThat(result.detail()).isEqualTo("empty file");
        assertThat(result.normalized().mediaType()).isEqualTo("application/octet-stream");
        assertThat(extractor.detectMediaType(file, "x.pdf")).isEqualTo("application/octet-stream");
    }

    @Test
    void pdfWithAUserPasswordIsEncrypted() throws IOException {
        Path file = dir.resolve("blob");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(file.toFile());
        }

        ExtractionResult result = extractor.extract(file, "statement.pdf");

        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.ENCRYPTED);
        assertThat(result.detail()).isEqualTo("encrypted document");
        assertThat(result.normalized().mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void zipWithAnEncryptedEntryIsOkAndRecordsTheEntryFailure() throws IOException {
        Path file = write("blob", zipWithEncryptionFlag());

        ExtractionResult result = extractor.extract(file, "export.zip");

        // Tika reports encrypted zip entries as embedded exceptions, not as an encrypted document.
        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.OK);
        assertThat(result.normalized().mediaType()).isEqualTo("application/zip");
        assertThat(result.raw().get("X-TIKA:EXCEPTION:embedded_stream_exception"))
                .singleElement()
                .asString()
                .contains("encryption")
                .doesNotContain("\n");
        assertThat(result.text()).doesNotContain("attack at dawn");
    }

    @Test
    void plainTextIsExtracted() throws IOException {
        Path file = write("blob", "Les soldats sont arrivés au village à l'aube.".getBytes(StandardCharsets.UTF_8));

        ExtractionResult result = extractor.extract(file, "note.txt");

        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.OK);
        assertThat(result.normalized().mediaType()).isEqualTo("text/plain");
        assertThat(result.text()).contains("arrivés au village");
    }

    @Test
    void missingStoredFileIsBrokenInfrastructureAndThrows() {
        Path missing = dir.resolve("vanished");
        assertThatThrownBy(() -> extractor.extract(missing, "x.jpg")).isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> extractor.detectMediaType(missing, "x.jpg")).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void versionNamesTika() {
        assertThat(extractor.version()).isEqualTo("tika-3.3.1");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/media/" + name)) {
            assertThat(in).as("fixture " + name).isNotNull();
            return Files.write(dir.resolve("stored-" + name), in.readAllBytes());
        }
    }

    /** A zip whose entry claims encryption (general-purpose flag bit 0), as a password zip does. */
    private static byte[] zipWithEncryptionFlag() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("secret.txt"));
            zip.write("attack at dawn ".repeat(20).getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        byte[] b = out.toByteArray();
        for (int i = 0; i + 8 < b.length; i++) {
            int signature = (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16 | (b[i + 3] & 0xFF) << 24;
            if (signature == 0x04034b50) {
                b[i + 6] |= 1; // local file header flags
            } else if (signature == 0x02014b50) {
                b[i + 8] |= 1; // central directory header flags
            }
        }
        return b;
    }
}
