package org.jeli.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jeli.testsupport.Api.asInvestigator;
import static org.jeli.testsupport.Api.freshCollection;
import static org.jeli.testsupport.Api.upload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jeli.provenance.checkpoint.Checkpoint;
import org.jeli.provenance.checkpoint.NoteSigner;
import org.jeli.provenance.checkpoint.VerifierKey;
import org.jeli.provenance.timestamp.TimestampAuthorityResource;
import org.jeli.testsupport.ExifJpegWriter;
import org.jeli.verify.FindingCode;
import org.jeli.verify.PackageReport;
import org.jeli.verify.PackageVerifier;
import org.jeli.verify.VerifyOptions;
import org.jeli.verify.cli.VerifyCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An investigator exports items; anyone verifies the package offline; any change to it is found
 * and named. Timestamps come from an in-process RFC 3161 authority.
 */
@QuarkusTest
@TestProfile(EvidencePackageTest.WithAuthority.class)
class EvidencePackageTest {
    public static class WithAuthority implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(TimestampAuthorityResource.class));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** Three items uploaded, viewed once, and exported; the zip written to a file. */
    private Path exportThreeItems() throws IOException {
        String collection = freshCollection();
        List<String> ids = new ArrayList<>();
        ids.add(upload(
                        collection,
                        "photo.jpg",
                        ExifJpegWriter.jpegWithExif(
                                java.time.LocalDateTime.of(2023, 3, 12, 10, 30), 14.35, -3.61, "Tecno", "Spark 10"))
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
        ids.add(upload(collection, "note.txt", "Boni, marché, 12 mars".getBytes(StandardCharsets.UTF_8))
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
        ids.add(upload(collection, "blob.bin", new byte[] {0, 1, 2, 3, 4, 5})
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
        asInvestigator().get("/api/items/" + ids.get(0)).then().statusCode(200);
        Response r = asInvestigator()
                .contentType("application/json")
                .body(Map.of("items", ids))
                .post("/api/exports");
        r.then().statusCode(200).contentType("application/zip");
        assertThat(r.header("Content-Disposition")).startsWith("attachment; filename=\"jeli-export-");
        Path zip = tmp.resolve("package.zip");
        Files.write(zip, r.asByteArray());
        return zip;
    }

    private static PackageReport verify(Path pkg) throws IOException {
        return new PackageVerifier(VerifyOptions.defaults()).verify(pkg);
    }

    private static List<FindingCode> errors(PackageReport r) {
        return r.allFindings().stream()
                .filter(f -> f.isError())
                .map(f -> f.code())
                .toList();
    }

    @Test
    void anExportedPackageVerifiesOfflineWithEveryItemRecordedIncludedAndTimestamped() throws Exception {
        Path zip = exportThreeItems();
        PackageReport report = verify(zip);
        assertThat(report.allFindings()).isEmpty();
        assertThat(report.verified()).isTrue();
        assertThat(report.items()).hasSize(3);
        assertThat(report.checkpoint().valid()).isTrue();
        assertThat(report.keys()).isNotEmpty();
        assertThat(report.checkpoint().fingerprint())
                .isEqualTo(report.keys().get(report.keys().size() - 1).fingerprint());
        for (var item : report.items()) {
            assertThat(item.bytesIntact()).isTrue();
            assertThat(item.submissionEntry()).isNotNull();
            assertThat(item.timestamp()).as("timestamped").isNotNull();
            assertThat(item.timestamp().authority()).contains("Jeli Test TSA");
            assertThat(item.events()).extracting(e -> e.kind()).contains("item.submitted", "item.exported");
        }
        assertThat(report.items().get(0).events()).extracting(e -> e.kind()).contains("item.viewed");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = VerifyCommand.run(
                List.of("--lang", "fr", zip.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(text).isEqualTo(VerifyCommand.VERIFIED);
        assertThat(text).contains("VÉRIFIÉ").contains("octets intacts").contains("horodaté par");

        out.reset();
        exit = VerifyCommand.run(
                List.of("--json", zip.toString()), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        JsonNode json = JSON.readTree(out.toByteArray());
        assertThat(exit).isZero();
        assertThat(json.get("verified").asBoolean()).isTrue();
        assertThat(json.get("items")).hasSize(3);
    }

    @Test
    void theLibraryOfCongressBagItLibraryFindsTheBagValid() throws Exception {
        Path root = Bags.unzip(exportThreeItems(), tmp.resolve("loc"));
        gov.loc.repository.bagit.domain.Bag bag = new gov.loc.repository.bagit.reader.BagReader().read(root);
        try (var verifier = new gov.loc.repository.bagit.verify.BagVerifier()) {
            verifier.isValid(bag, false);
        }
        assertThat(bag.getVersion().toString()).isEqualTo("1.0");
        assertThat(bag.getPayLoadManifests()).hasSize(2);
        assertThat(bag.getTagManifests()).hasSize(2);
    }

    @Test
    void aPinnedKeyThatDiffersFailsVerification() throws Exception {
        Path zip = exportThreeItems();
        NoteSigner other = NoteSigner.fromSeed("someone-else/log", new byte[32]);
        String otherKey = other.publicKey().encoded();
        PackageReport r = new PackageVerifier(
                        VerifyOptions.defaults().withTrustedKeys(List.of(VerifierKey.parse(otherKey))))
                .verify(zip);
        assertThat(r.verified()).isFalse();
        assertThat(errors(r)).contains(FindingCode.KEY_NOT_TRUSTED);
        int exit = VerifyCommand.run(
                List.of("--trusted-key", otherKey, zip.toString()),
                new PrintStream(new ByteArrayOutputStream()),
                System.err);
        assertThat(exit).isEqualTo(VerifyCommand.FAILED);

        String ownKey = JSON.readTree(
                        Files.readAllBytes(Bags.unzip(zip, tmp.resolve("k")).resolve("jeli/log/keys.json")))
                .get("keys")
                .get(0)
                .get("verifierKey")
                .asText();
        assertThat(VerifyCommand.run(
                        List.of("--trusted-key", ownKey, zip.toString()),
                        new PrintStream(new ByteArrayOutputStream()),
                        System.err))
                .isEqualTo(VerifyCommand.VERIFIED);
    }

    @Test
    void everyPremisRecordValidatesAgainstThePremis3Schema() throws Exception {
        Path root = Bags.unzip(exportThreeItems(), tmp.resolve("premis"));
        javax.xml.validation.SchemaFactory factory =
                javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(javax.xml.XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.setProperty(javax.xml.XMLConstants.ACCESS_EXTERNAL_DTD, "");
        List<java.net.URL> schemas = new ArrayList<>();
        schemas.add(getClass().getResource("/premis/premis-v3-jeli-subset.xsd"));
        java.net.URL official = getClass().getResource("/premis/premis-v3-0.xsd");
        if (official != null) {
            schemas.add(official);
        } else {
            System.out.println(
                    "PREMIS: the Library of Congress premis-v3-0.xsd is not bundled (this build machine cannot"
                            + " download it); validating against the PREMIS 3.0 subset schema only");
        }
        List<String> records =
                Bags.files(root).stream().filter(p -> p.endsWith("premis.xml")).toList();
        assertThat(records).hasSize(3);
        for (java.net.URL schema : schemas) {
            javax.xml.validation.Validator validator = factory.newSchema(schema).newValidator();
            for (String record : records) {
                validator.validate(new javax.xml.transform.stream.StreamSource(
                        root.resolve(record).toFile()));
            }
        }
        String xml = Files.readString(root.resolve(records.get(0)));
        assertThat(xml)
                .contains("<messageDigestAlgorithm>SHA-256</messageDigestAlgorithm>")
                .contains("<eventType>ingestion</eventType>");
    }

    @Test
    void theTimestampTokensVerifyWithOpenssl() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                run(List.of("openssl", "version")) == 0,
                "openssl is not installed: skipping the independent token check");
        Path root = Bags.unzip(exportThreeItems(), tmp.resolve("openssl"));
        List<String> tokens =
                Bags.files(root).stream().filter(p -> p.endsWith(".tsr")).toList();
        assertThat(tokens).isNotEmpty();
        for (String token : tokens) {
            String size = token.substring(token.lastIndexOf('/') + 1, token.lastIndexOf('-'));
            Path note = root.resolve("jeli/log/checkpoints/" + size + ".txt");
            int exit = run(List.of(
                    "openssl",
                    "ts",
                    "-verify",
                    "-in",
                    root.resolve(token).toString(),
                    "-data",
                    note.toString(),
                    "-CAfile",
                    root.resolve("jeli/log/tsa-roots.pem").toString()));
            assertThat(exit).as("openssl ts -verify " + token).isZero();
        }
    }

    private static int run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        return p.waitFor();
    }

    // --- Tampering: each change is found and named, even when the forger re-computes the manifests.

    private List<FindingCode> tamper(Consumer<Path> change, boolean rebag) throws IOException {
        Path root = Bags.unzip(exportThreeItems(), tmp.resolve("t"));
        assertThat(verify(root).verified()).isTrue();
        change.accept(root);
        if (rebag) {
            Bags.rebag(root);
        }
        PackageReport r = verify(root);
        assertThat(r.verified()).isFalse();
        return errors(r);
    }

    private static Path firstPayload(Path root) {
        try {
            return root.resolve(Bags.files(root).stream()
                    .filter(p -> p.startsWith("data/"))
                    .findFirst()
                    .orElseThrow());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void edit(Path file, java.util.function.UnaryOperator<byte[]> f) {
        try {
            Files.write(file, f.apply(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void editJson(Path file, Consumer<ObjectNode> f) {
        edit(file, bytes -> {
            try {
                ObjectNode n = (ObjectNode) JSON.readTree(bytes);
                f.accept(n);
                return JSON.writeValueAsBytes(n);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static Path firstCustody(Path root) {
        try {
            return root.resolve(Bags.files(root).stream()
                    .filter(p -> p.endsWith("custody.json"))
                    .findFirst()
                    .orElseThrow());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path anchorCheckpoint(Path root) {
        try {
            long size = JSON.readTree(Files.readAllBytes(root.resolve("jeli/package.json")))
                    .get("checkpoint")
                    .asLong();
            return root.resolve("jeli/log/checkpoints/" + size + ".txt");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void changingOneByteOfAnyFileInThePackageFailsVerification() throws Exception {
        Path zip = exportThreeItems();
        Path original = Bags.unzip(zip, tmp.resolve("orig"));
        java.util.Random random = new java.util.Random(42);
        List<String> files = Bags.files(original);
        assertThat(files).hasSizeGreaterThan(25);
        for (String file : files) {
            Path copy = tmp.resolve("copy-" + Math.abs(file.hashCode()));
            org.apache.commons.io.FileUtils.copyDirectory(original.toFile(), copy.toFile());
            edit(copy.resolve(file), b -> {
                b[random.nextInt(b.length)] ^= (byte) (1 + random.nextInt(255));
                return b;
            });
            PackageReport r = verify(copy);
            assertThat(r.verified()).as("one byte changed in " + file).isFalse();
            assertThat(r.allFindings())
                    .as("the finding names " + file)
                    .anyMatch(f -> f.isError() && !f.where().isEmpty());
        }
        // And in the zip itself: a byte flipped inside a stored payload makes the entry unreadable.
        byte[] bytes = Files.readAllBytes(zip);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("/data/") + 200;
        bytes[at] ^= 1;
        Path damaged = Files.write(tmp.resolve("damaged.zip"), bytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = VerifyCommand.run(
                List.of(damaged.toString()), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(exit).isEqualTo(VerifyCommand.FAILED);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("FAILED");

        // A deflated tag file whose compressed bytes were damaged cannot be read: named, not skipped.
        byte[] again = Files.readAllBytes(zip);
        int name = new String(again, StandardCharsets.ISO_8859_1).indexOf("report.en.html");
        again[name + "report.en.html".length() + 40] ^= (byte) 0xFF;
        PackageReport broken = verify(Files.write(tmp.resolve("damaged-tag.zip"), again));
        assertThat(broken.verified()).isFalse();
        assertThat(errors(broken)).containsAnyOf(FindingCode.FILE_UNREADABLE, FindingCode.HASH_MISMATCH);
    }

    @Test
    void aFlippedPayloadByteIsNamed() throws Exception {
        Consumer<Path> flip = root -> edit(firstPayload(root), b -> {
            b[b.length / 2] ^= 1;
            return b;
        });
        assertThat(tamper(flip, false)).contains(FindingCode.HASH_MISMATCH, FindingCode.ITEM_FILE_INVALID);
        assertThat(tamper(flip, true)).contains(FindingCode.ITEM_FILE_INVALID);
    }

    @Test
    void aRemovedPayloadFileIsNamed() throws Exception {
        assertThat(tamper(root -> delete(firstPayload(root)), false))
                .contains(FindingCode.FILE_MISSING, FindingCode.ITEM_FILE_INVALID);
    }

    @Test
    void anAddedFileIsNamed() throws Exception {
        assertThat(tamper(root -> write(root.resolve("data/planted.jpg"), "x"), false))
                .containsExactly(
                        FindingCode.PAYLOAD_FILE_NOT_IN_MANIFEST,
                        FindingCode.PAYLOAD_FILE_NOT_IN_MANIFEST,
                        FindingCode.PAYLOAD_OXUM_MISMATCH);
        assertThat(tamper(root -> write(root.resolve("jeli/note.txt"), "x"), false))
                .contains(FindingCode.TAG_FILE_NOT_IN_MANIFEST);
    }

    @Test
    void anEditedManifestLineIsNamed() throws Exception {
        List<FindingCode> found = tamper(
                root -> edit(root.resolve("manifest-sha256.txt"), b -> {
                    String s = new String(b, StandardCharsets.UTF_8);
                    char c = s.charAt(0);
                    return ((c == '0' ? '1' : '0') + s.substring(1)).getBytes(StandardCharsets.UTF_8);
                }),
                false);
        assertThat(found).contains(FindingCode.HASH_MISMATCH);
    }

    @Test
    void anEditedCustodyEntryIsNamed() throws Exception {
        List<FindingCode> found = tamper(
                root -> editJson(firstCustody(root), n -> {
                    ObjectNode entry = (ObjectNode) n.get("entries").get(0);
                    String text = new String(
                            Base64.getDecoder().decode(entry.get("entry").asText()), StandardCharsets.UTF_8);
                    String forged = text.replaceFirst("\"time\":\"(\\d{4})", "\"time\":\"1999");
                    entry.put("entry", Base64.getEncoder().encodeToString(forged.getBytes(StandardCharsets.UTF_8)));
                }),
                true);
        assertThat(found).contains(FindingCode.ENTRY_NOT_INCLUDED);
    }

    @Test
    void aChangedProofNodeIsNamed() throws Exception {
        List<FindingCode> found = tamper(
                root -> editJson(firstCustody(root), n -> {
                    ObjectNode entry = (ObjectNode) n.get("entries").get(0);
                    ArrayNode proof = (ArrayNode) entry.get("proof");
                    byte[] node = Base64.getDecoder().decode(proof.get(0).asText());
                    node[0] ^= 1;
                    proof.set(0, Base64.getEncoder().encodeToString(node));
                }),
                true);
        assertThat(found).contains(FindingCode.ENTRY_NOT_INCLUDED);
    }

    @Test
    void aChangedCheckpointSignatureIsNamed() throws Exception {
        List<FindingCode> found = tamper(
                root -> edit(anchorCheckpoint(root), b -> {
                    String note = new String(b, StandardCharsets.UTF_8);
                    int sig = note.lastIndexOf(' ') + 10;
                    char c = note.charAt(sig);
                    return (note.substring(0, sig) + (c == 'A' ? 'B' : 'A') + note.substring(sig + 1))
                            .getBytes(StandardCharsets.UTF_8);
                }),
                true);
        assertThat(found).contains(FindingCode.CHECKPOINT_INVALID);
    }

    @Test
    void aCheckpointFromAnotherLogIsNamed() throws Exception {
        List<FindingCode> found = tamper(
                root -> edit(anchorCheckpoint(root), b -> {
                    String note = new String(b, StandardCharsets.UTF_8);
                    Checkpoint ours = Checkpoint.parseBody(note.substring(0, note.indexOf("\n\n") + 1));
                    Checkpoint theirs = new Checkpoint("other.example/log", ours.size(), ours.rootHash());
                    return NoteSigner.fromSeed("other.example/log", seed())
                            .sign(theirs)
                            .getBytes(StandardCharsets.UTF_8);
                }),
                true);
        assertThat(found).contains(FindingCode.CHECKPOINT_INVALID);
    }

    @Test
    void aReplacedKeyIsNamed() throws Exception {
        List<FindingCode> found = tamper(
                root -> editJson(root.resolve("jeli/log/keys.json"), n -> {
                    ObjectNode key =
                            (ObjectNode) n.get("keys").get(n.get("keys").size() - 1);
                    String name = key.get("keyName").asText();
                    key.put(
                            "verifierKey",
                            NoteSigner.fromSeed(name, seed()).publicKey().encoded());
                }),
                true);
        assertThat(found).contains(FindingCode.CHECKPOINT_INVALID);
    }

    @Test
    void aSwappedTimestampTokenIsNamed() throws Exception {
        List<FindingCode> found = tamper(
                root -> {
                    try {
                        Path token = root.resolve(Bags.files(root).stream()
                                .filter(p -> p.endsWith(".tsr"))
                                .findFirst()
                                .orElseThrow());
                        Files.write(token, TimestampAuthorityResource.tokenOver(new byte[32]));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                },
                true);
        assertThat(found).contains(FindingCode.TIMESTAMP_INVALID);
    }

    private static byte[] seed() {
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        return seed;
    }

    private static void delete(Path p) {
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void write(Path p, String s) {
        try {
            Files.writeString(p, s);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
