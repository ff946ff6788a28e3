package org.jeli.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jeli.testsupport.Api.asInvestigator;
import static org.jeli.testsupport.Api.freshCollection;
import static org.jeli.testsupport.Api.upload;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.sax.BodyContentHandler;
import org.jeli.testsupport.ExifJpegWriter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;

/**
 * Thumbnails and previews are new objects without the original's metadata; the original stays
 * byte-identical; making one is a log entry; a recording browsers cannot play gets an MP4 preview
 * made by ffmpeg.
 */
@QuarkusTest
class DerivativesTest {
    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    @Test
    void aThumbnailCarriesNoExifAndTheOriginalIsUnchanged() throws Exception {
        String c = freshCollection();
        byte[] original = ExifJpegWriter.jpegWithExif(
                LocalDateTime.parse("2023-05-14T14:22:33"), 12.6392, -8.0029, "Samsung", "SM-A105F");
        String id = upload(c, "IMG-20230514-WA0012.jpg", original, Map.of("sensitivity", "public"))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        for (String kind : List.of("thumbnail", "preview")) {
            byte[] d = asInvestigator()
                    .get("/api/items/" + id + "/" + kind)
                    .then()
                    .statusCode(200)
                    .contentType("image/jpeg")
                    .extract()
                    .asByteArray();
            assertThat(ImageIO.read(new ByteArrayInputStream(d))).isNotNull();
            assertThat(new String(d, StandardCharsets.ISO_8859_1)).doesNotContain("Exif", "Samsung", "SM-A105F");
            assertThat(appMarkers(d)).doesNotContain("225"); // no APP1 (EXIF or XMP)
            Metadata tika = new Metadata();
            new AutoDetectParser().parse(new ByteArrayInputStream(d), new BodyContentHandler(), tika);
            assertThat(tika.names()).noneMatch(n -> n.toLowerCase().contains("gps") || n.contains("Make"));
        }
        byte[] stored = asInvestigator()
                .get("/api/items/" + id + "/content")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(stored).isEqualTo(original);
        assertThat(sha256(stored)).isEqualTo(sha256(original));
        List<String> kinds = asInvestigator()
                .get("/api/items/" + id + "/custody")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("entries.kind");
        assertThat(kinds).contains("item.submitted", "derivative.created");
        assertThat(kinds.stream().filter("derivative.created"::equals)).hasSize(2);
    }

    /** The marker tags (as numbers) of the JPEG's unknown APPn segments as ImageIO reads them. */
    private static String appMarkers(byte[] jpeg) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata md = reader.getImageMetadata(0);
            StringBuilder sb = new StringBuilder();
            collect(md.getAsTree("javax_imageio_jpeg_image_1.0"), sb);
            return sb.toString();
        }
    }

    private static void collect(Node n, StringBuilder sb) {
        if ("unknown".equals(n.getNodeName()) && n.getAttributes().getNamedItem("MarkerTag") != null) {
            sb.append(n.getAttributes().getNamedItem("MarkerTag").getNodeValue())
                    .append(' ');
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            collect(c, sb);
        }
    }

    @Test
    void aThreeGpRecordingGetsAPlayableMp4PreviewWithoutItsLocation() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/ffmpeg")), "ffmpeg is installed by .ci/run");
        byte[] original = clip(
                "3gp",
                "-f",
                "lavfi",
                "-i",
                "testsrc=duration=2:size=176x144:rate=10",
                "-f",
                "lavfi",
                "-i",
                "sine=frequency=440:duration=2",
                "-c:v",
                "h263",
                "-c:a",
                "aac",
                "-ar",
                "8000",
                "-ac",
                "1",
                "-metadata",
                "location=+12.6392-008.0029/");
        String c = freshCollection();
        String id = upload(c, "VID-20230514-WA0003.3gp", original, Map.of("sensitivity", "public"))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        byte[] preview = asInvestigator()
                .get("/api/items/" + id + "/preview")
                .then()
                .statusCode(200)
                .contentType("video/mp4")
                .extract()
                .asByteArray();
        assertThat(new String(preview, StandardCharsets.ISO_8859_1))
                .contains("ftyp")
                .doesNotContain("+12.6392");
        asInvestigator()
                .header("Range", "bytes=100-199")
                .get("/api/items/" + id + "/preview")
                .then()
                .statusCode(206)
                .header("Content-Length", "100");
        asInvestigator()
                .get("/api/items/" + id + "/thumbnail")
                .then()
                .statusCode(200)
                .contentType("image/jpeg");
        assertThat(asInvestigator().get("/api/items/" + id + "/content").asByteArray())
                .isEqualTo(original);
        String html = asInvestigator().get("/items/" + id).asString();
        assertThat(html).contains("src=\"/api/items/" + id + "/preview\"", "poster=");
    }

    @Test
    void aBrowserPlayableMp4IsShownFromARemuxWithoutItsLocationNeverFromTheOriginal() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/ffmpeg")), "ffmpeg is installed by .ci/run");
        byte[] original = clip(
                "mp4",
                "-f",
                "lavfi",
                "-i",
                "testsrc=duration=2:size=160x120:rate=10",
                "-c:v",
                "libx264",
                "-pix_fmt",
                "yuv420p",
                "-metadata",
                "location=+12.6392-008.0029/",
                "-metadata",
                "make=Tecno",
                "-movflags",
                "use_metadata_tags"); // keep the phone's keys in the original, as phones do
        assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains("+12.6392", "Tecno");
        String id = upload(freshCollection(), "VID-20230514-WA0004.mp4", original, Map.of("sensitivity", "public"))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String html = asInvestigator().get("/items/" + id).asString();
        assertThat(html)
                .contains("src=\"/api/items/" + id + "/preview\"")
                .doesNotContain("src=\"/api/items/" + id + "/content\"");
        byte[] preview = asInvestigator()
                .get("/api/items/" + id + "/preview")
                .then()
                .statusCode(200)
                .contentType("video/mp4")
                .extract()
                .asByteArray();
        assertThat(new String(preview, StandardCharsets.ISO_8859_1))
                .contains("ftyp", "avc1")
                .doesNotContain("+12.6392", "Tecno");
        assertThat(asInvestigator().get("/api/items/" + id + "/content").asByteArray())
                .isEqualTo(original);
    }

    /** A short test clip made by ffmpeg with these input and output options, as bytes. */
    private static byte[] clip(String extension, String... options) throws Exception {
        Path dir = Files.createTempDirectory("jeli-test-clip");
        Path clip = dir.resolve("clip." + extension);
        try {
            java.util.List<String> command =
                    new java.util.ArrayList<>(java.util.List.of("/usr/bin/ffmpeg", "-loglevel", "error"));
            command.addAll(java.util.List.of(options));
            command.add(clip.toString());
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return Files.readAllBytes(clip);
        } finally {
            Files.deleteIfExists(clip);
            Files.deleteIfExists(dir);
        }
    }
}
