package org.jeli.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.jeli.testsupport.Api.asInvestigator;
import static org.jeli.testsupport.Api.freshCollection;
import static org.jeli.testsupport.Api.upload;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.jeli.testsupport.ExifJpegWriter;
import org.junit.jupiter.api.Test;

/** What Tika finds in a stored file shows on the item, and a bad file is preserved with its outcome. */
@QuarkusTest
class MetadataExtractionTest {

    static JsonPath extracted(String id) {
        return org.jeli.testsupport.Api.extracted(id, Duration.ofSeconds(60));
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = MetadataExtractionTest.class.getResourceAsStream("/media/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aWhatsAppPhotoShowsCaptureTimeGpsAndDeviceFromItsExif() throws IOException {
        byte[] jpeg = ExifJpegWriter.jpegWithExif(
                LocalDateTime.of(2023, 5, 14, 14, 22, 33), 14.3, -3.5, "Samsung", "SM-A105F");
        String id = upload(
                        freshCollection(),
                        "IMG-20230515-WA0012.jpg",
                        jpeg,
                        Map.of("claimedLocation", "Boni, Mali", "claimedCapturedAt", "2023-05-14"))
                .then()
                .statusCode(201)
                .body("mediaType", equalTo("image/jpeg"))
                .extract()
                .path("id");
        JsonPath item = extracted(id);
        assertThat(item.getString("metadata.outcome")).isEqualTo("OK");
        assertThat(item.getString("metadata.capturedAt")).isEqualTo("2023-05-14T14:22:33");
        assertThat(item.getDouble("metadata.gps.latitude")).isCloseTo(14.3, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(item.getDouble("metadata.gps.longitude")).isCloseTo(-3.5, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(item.getString("metadata.device.make")).isEqualTo("Samsung");
        assertThat(item.getString("metadata.device.model")).isEqualTo("SM-A105F");
        assertThat(item.getInt("metadata.width")).isEqualTo(ExifJpegWriter.WIDTH);
        assertThat(item.getInt("metadata.height")).isEqualTo(ExifJpegWriter.HEIGHT);
        assertThat(item.getList("dates.source")).containsExactly("extracted", "filename", "uploader");
        assertThat(item.getString("dates.find { it.source == 'extracted' }.value"))
                .isEqualTo("2023-05-14T14:22:33");
        assertThat(item.getString("dates.find { it.source == 'filename' }.value"))
                .isEqualTo("2023-05-15");
        assertThat(item.getString("dates.find { it.source == 'uploader' }.value"))
                .isEqualTo("2023-05-14");
        assertThat(item.getList("places.source")).containsExactly("extracted", "uploader");
        assertThat(item.getMap("metadata.raw")).containsKey("geo:lat");
    }

    @Test
    void aVideoShowsItsDurationAndCreationTime() throws IOException {
        byte[] mp4 = fixture("video-2s-160x120-created-2023-05-14T14-22-33Z.mp4");
        String id = upload(freshCollection(), "clip.mp4", mp4)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        JsonPath item = extracted(id);
        assertThat(item.getString("metadata.outcome")).isEqualTo("OK");
        assertThat(item.getString("mediaType")).startsWith("video/");
        assertThat(item.getDouble("metadata.durationSeconds")).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.1));
        assertThat(item.getString("metadata.capturedAt")).startsWith("2023-05-14T14:22:33");
        assertThat(item.getInt("metadata.width")).isEqualTo(160);
    }

    @Test
    void aVoiceNoteShowsItsDurationAndTheDateInItsWhatsAppName() throws IOException {
        byte[] opus = fixture("PTT-20230514-WA0007.opus");
        String id = upload(freshCollection(), "PTT-20230514-WA0007.opus", opus)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        JsonPath item = extracted(id);
        assertThat(item.getString("mediaType")).isIn("audio/opus", "audio/ogg");
        assertThat(item.getDouble("metadata.durationSeconds")).isCloseTo(3.0, org.assertj.core.data.Offset.offset(0.6));
        assertThat(item.getString("dates.find { it.source == 'filename' }.value"))
                .isEqualTo("2023-05-14");
    }

    @Test
    void garbageIsPreservedWithItsOutcomeRecordedInsteadOfAnError() {
        byte[] garbage = new byte[20_000];
        new Random(3).nextBytes(garbage);
        String id = upload(freshCollection(), "statement.pdf", garbage)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        JsonPath item = extracted(id);
        assertThat(item.getString("metadata.outcome")).isIn("UNSUPPORTED", "FAILED");
        assertThat(item.getString("mediaType")).isEqualTo("application/octet-stream");
        assertThat(asInvestigator()
                        .get("/api/items/" + id + "/content")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray())
                .isEqualTo(garbage);
    }

    @Test
    void aTruncatedPhotoIsPreservedAndItsFailureRecorded() {
        byte[] jpeg = ExifJpegWriter.jpegWithExif(LocalDateTime.of(2023, 5, 14, 9, 0), 1.0, 2.0, "Tecno", "KE5");
        byte[] truncated = Arrays.copyOf(jpeg, 60);
        String id = upload(freshCollection(), "broken.jpg", truncated)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        JsonPath item = extracted(id);
        assertThat(item.getString("metadata.outcome")).isEqualTo("FAILED");
        assertThat(item.getString("metadata.outcomeDetail")).isNotBlank();
        assertThat(asInvestigator()
                        .get("/api/items/" + id + "/content")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray())
                .isEqualTo(truncated);
    }

    @Test
    void theExtractedTextOfAnItemCanBeRead() throws IOException {
        byte[] text = "Témoignage du marché de Boni, 14 mai 2023.".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String id = upload(freshCollection(), "note.txt", text)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        extracted(id);
        String body = asInvestigator()
                .get("/api/items/" + id + "/text")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(body).contains("marché de Boni");
        asInvestigator()
                .get("/api/items/" + id)
                .then()
                .body("metadata.textLength", org.hamcrest.Matchers.greaterThan(10));
    }
}
