package org.jeli.ingest.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jeli.testsupport.Api.asAdmin;
import static org.jeli.testsupport.Api.asArchivist;
import static org.jeli.testsupport.Api.asInvestigator;
import static org.jeli.testsupport.Api.freshCollection;
import static org.jeli.testsupport.Api.upload;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jeli.provenance.checkpoint.NoteSigner;
import org.jeli.testsupport.Api;
import org.jeli.verify.cli.VerifyCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * A submitter keeps the receipt of an upload (text, or a QR code on paper) and later checks their
 * file against it offline, and that the log has not been rewritten since.
 */
@QuarkusTest
class ReceiptTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    static Run verify(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = VerifyCommand.run(
                List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static byte[] uniqueBytes(String what) {
        return (what + " " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    }

    static JsonPath uploaded(String collection, byte[] bytes) {
        return upload(collection, "VID-20240301-WA0007.mp4", bytes)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    static Response receipt(String id, String format) {
        return asArchivist().get("/api/items/" + id + "/receipt?format=" + format);
    }

    static String receiptText(String id) {
        return receipt(id, "txt")
                .then()
                .statusCode(200)
                .contentType("text/plain; charset=UTF-8")
                .extract()
                .asString();
    }

    Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    Path write(String name, String text) throws Exception {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theOriginalFileVerifiesAgainstItsReceiptOffline() throws Exception {
        byte[] bytes = uniqueBytes("video");
        JsonPath up = uploaded(freshCollection(), bytes);
        String text = receiptText(up.getString("id"));

        assertThat(text)
                .startsWith("JELI RECEIPT 1\nitem " + up.getString("id") + "\nsha256 " + up.getString("sha256") + "\n")
                .contains("\nentry " + up.getLong("logIndex") + "\n");
        Run run = verify(
                "--receipt",
                write("r.txt", text).toString(),
                write("video.mp4", bytes).toString());
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(0);
        assertThat(run.out()).contains("RESULT: VERIFIED", "SHA-256 " + up.getString("sha256"));

        Run french = verify(
                "--lang",
                "fr",
                "--receipt",
                dir.resolve("r.txt").toString(),
                dir.resolve("video.mp4").toString());
        assertThat(french.exit()).isEqualTo(0);
        assertThat(french.out()).contains("R\u00c9SULTAT\u00a0: V\u00c9RIFI\u00c9");
    }

    @Test
    void aFileWithOneByteChangedFailsAgainstItsReceipt() throws Exception {
        byte[] bytes = uniqueBytes("photo");
        String text = receiptText(uploaded(freshCollection(), bytes).getString("id"));
        bytes[3] ^= 0x20;

        Run run = verify(
                "--receipt",
                write("r.txt", text).toString(),
                write("photo.jpg", bytes).toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("RECEIPT_HASH_MISMATCH", "RESULT: FAILED");
    }

    @Test
    void aReceiptWhoseRootOrSignatureWasEditedFails() throws Exception {
        byte[] bytes = uniqueBytes("voice note");
        String text = receiptText(uploaded(freshCollection(), bytes).getString("id"));
        Path file = write("note.opus", bytes);

        for (String line : List.of("root ", "sig ")) {
            int at = text.indexOf("\n" + line) + 1 + line.length() + 20;
            char c = text.charAt(at);
            String edited = text.substring(0, at) + (c == 'A' ? 'B' : 'A') + text.substring(at + 1);
            Run run = verify("--receipt", write("edited.txt", edited).toString(), file.toString());
            assertThat(run.exit()).as(line).isEqualTo(1);
            assertThat(run.out()).as(line).contains("CHECKPOINT_INVALID");
        }
        Run garbled = verify(
                "--receipt",
                write("garbled.txt", text.replace("entry ", "entry: ")).toString(),
                file.toString());
        assertThat(garbled.exit()).isEqualTo(1);
        assertThat(garbled.out()).contains("RECEIPT_INVALID");
    }

    @Test
    void aPinnedKeyDecidesWhichSignaturesCount() throws Exception {
        byte[] bytes = uniqueBytes("chat export");
        String text = receiptText(uploaded(freshCollection(), bytes).getString("id"));
        Path receipt = write("r.txt", text);
        Path file = write("chat.zip", bytes);
        String stranger = NoteSigner.fromSeed("someone-else", new byte[32]).verifierKey();

        Run untrusted = verify("--trusted-key", stranger, "--receipt", receipt.toString(), file.toString());
        assertThat(untrusted.exit()).isEqualTo(1);
        assertThat(untrusted.out()).contains("KEY_NOT_TRUSTED");

        List<String> published =
                given().get("/api/log/keys").then().extract().jsonPath().getList("keys.verifierKey");
        Path keys = write("keys.txt", String.join("\n", published) + "\n");
        Run pinned = verify("--trusted-key", keys.toString(), "--receipt", receipt.toString(), file.toString());
        assertThat(pinned.exit()).as(pinned.out()).isEqualTo(0);
        assertThat(pinned.out()).contains("--trusted-key");
    }

    @Test
    void aLaterCheckpointAndItsConsistencyProofShowTheLogWasNotRewritten() throws Exception {
        String collection = freshCollection();
        byte[] bytes = uniqueBytes("testimony");
        String text = receiptText(uploaded(collection, bytes).getString("id"));
        long size1 = Long.parseLong(line(text, "size "));
        uploaded(collection, uniqueBytes("more"));
        uploaded(collection, uniqueBytes("and more"));
        long size2 = asAdmin()
                .post("/api/log/checkpoints")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("size");
        assertThat(size2).isGreaterThan(size1);
        String later = given().get("/api/log/checkpoints/" + size2)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String proof = given().get("/api/log/proof/consistency?first=" + size1 + "&second=" + size2)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Path receipt = write("r.txt", text);
        Path file = write("testimony.mp4", bytes);
        Path checkpoint = write("later.txt", later);

        Run run = verify(
                "--receipt",
                receipt.toString(),
                "--checkpoint",
                checkpoint.toString(),
                "--consistency",
                write("proof.json", proof).toString(),
                file.toString());
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(0);
        assertThat(run.out()).contains("The log of size " + size2 + " contains the log of the receipt unchanged");

        Run json = verify(
                "--json",
                "--receipt",
                receipt.toString(),
                "--checkpoint",
                checkpoint.toString(),
                "--consistency",
                dir.resolve("proof.json").toString(),
                file.toString());
        JsonPath report = new JsonPath(json.out());
        assertThat(report.getBoolean("verified")).isTrue();
        assertThat(report.getBoolean("consistent")).isTrue();
        assertThat(report.getLong("later.size")).isEqualTo(size2);

        JsonPath p = new JsonPath(proof);
        List<String> hashes = new ArrayList<>(p.getList("proof"));
        assertThat(hashes).isNotEmpty();
        String h = hashes.get(0);
        hashes.set(0, (h.charAt(0) == 'A' ? "B" : "A") + h.substring(1));
        String tampered = new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsString(Map.of("size1", size1, "size2", size2, "proof", hashes));
        Run bad = verify(
                "--receipt",
                receipt.toString(),
                "--checkpoint",
                checkpoint.toString(),
                "--consistency",
                write("tampered.json", tampered).toString(),
                file.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.out()).contains("CONSISTENCY_INVALID");
    }

    @Test
    void theReceiptNamesTheFirstCheckpointContainingTheEntryEveryTime() {
        String collection = freshCollection();
        JsonPath up = uploaded(collection, uniqueBytes("stable"));
        String first = receiptText(up.getString("id"));
        uploaded(collection, uniqueBytes("later upload"));
        asAdmin().post("/api/log/checkpoints").then().statusCode(200);

        assertThat(receiptText(up.getString("id"))).isEqualTo(first);
        long size = Long.parseLong(line(first, "size "));
        assertThat(up.getLong("logIndex")).isLessThan(size);
        String link = up.getString("links.receipt");
        assertThat(link)
                .isEqualTo("/api/items/" + up.getString("id") + "/receipt?submission=" + up.getString("submissionId"));
        assertThat(asArchivist().get(link).then().statusCode(200).extract().asString())
                .isEqualTo(first);
    }

    @Test
    void aSecondSubmissionOfTheSameBytesHasItsOwnReceipt() {
        String collection = freshCollection();
        byte[] bytes = uniqueBytes("forwarded");
        JsonPath first = uploaded(collection, bytes);
        JsonPath second = uploaded(collection, bytes);
        assertThat(second.getString("id")).isEqualTo(first.getString("id"));

        String again = asArchivist()
                .get(second.getString("links.receipt"))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(line(again, "entry ")).isEqualTo(String.valueOf(second.getLong("logIndex")));
        assertThat(line(receiptText(first.getString("id")), "entry "))
                .isEqualTo(String.valueOf(first.getLong("logIndex")));
    }

    @Test
    void theQrCodePngDecodesToExactlyTheReceiptText() throws Exception {
        String id = uploaded(freshCollection(), uniqueBytes("qr")).getString("id");
        String text = receiptText(id);
        byte[] png = receipt(id, "png")
                .then()
                .statusCode(200)
                .contentType("image/png")
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("sandbox"))
                .extract()
                .asByteArray();

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(
                new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        // a rendered (not photographed) code: zxing's finder-pattern search can miss one at random
        // for some contents; PURE_BARCODE reads the modules directly, as a scanner app would
        var hints = java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE);
        assertThat(new QRCodeReader().decode(bitmap, hints).getText()).isEqualTo(text);
        // the quiet zone: four white modules of eight pixels all around
        assertThat(image.getRGB(31, 31) & 0xffffff).isEqualTo(0xffffff);
        assertThat(image.getRGB(32, 32) & 0xffffff).isEqualTo(0);
    }

    @Test
    void theQrCodeSvgIsWellFormedWithoutScriptAndOnePath() throws Exception {
        String id = uploaded(freshCollection(), uniqueBytes("svg")).getString("id");
        String text = receiptText(id);
        byte[] svg = receipt(id, "svg")
                .then()
                .statusCode(200)
                .contentType("image/svg+xml")
                .extract()
                .asByteArray();

        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
        assertThat(doc.getElementsByTagNameNS("*", "path").getLength()).isEqualTo(1);
        assertThat(doc.getElementsByTagNameNS("*", "title").item(0).getTextContent())
                .isEqualTo(text);
        assertThat(new String(svg, StandardCharsets.UTF_8))
                .doesNotContainIgnoringCase("script")
                .doesNotContain("href");
    }

    @Test
    void aReceiptForAnItemTheCallerMayNotSeeIsNotFound() {
        String id = uploaded(freshCollection(), uniqueBytes("hidden")).getString("id");
        String outsider = "receipt-outsider-" + UUID.randomUUID();
        Api.user(outsider, "investigator");

        Api.as(outsider).get("/api/items/" + id + "/receipt").then().statusCode(404);
        given().get("/api/items/" + id + "/receipt").then().statusCode(401);
        asInvestigator()
                .get("/api/items/" + id + "/receipt?submission=" + UUID.randomUUID())
                .then()
                .statusCode(404);
        asInvestigator().get("/api/items/" + id + "/receipt?format=pdf").then().statusCode(400);
        asInvestigator().get("/api/items/" + id + "/receipt").then().statusCode(200);
    }

    static String line(String receipt, String label) {
        return receipt.lines()
                .filter(l -> l.startsWith(label))
                .findFirst()
                .orElseThrow()
                .substring(label.length());
    }
}
