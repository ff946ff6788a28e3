package org.jeli.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.jeli.testsupport.Api.asInvestigator;
import static org.jeli.testsupport.Api.freshCollection;
import static org.jeli.testsupport.Api.upload;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Encryption at rest is on by default: what reaches the disk, and what a damaged blob answers. */
@QuarkusTest
class EncryptedContentTest {
    private static Path dataDir() {
        return Path.of(ConfigProvider.getConfig().getValue("jeli.data-dir", String.class));
    }

    private static byte[] marked(int copies, String tag) {
        byte[] marker =
                ("JELI-HTTP-MARKER/" + tag + "/").repeat(8).substring(0, 64).getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < copies; i++) {
            out.writeBytes(marker);
        }
        return out.toByteArray();
    }

    private static List<Path> files(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void noPlaintextOfAnUploadIsLeftUnderTheDataDirectory() throws Exception {
        byte[] content = marked(40_000, "a1"); // 2.5 MiB, three segments
        String id = upload(freshCollection(), "statement.txt", content)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        asInvestigator().get("/api/items/" + id + "/content").then().statusCode(200);

        byte[] probe = Arrays.copyOf(content, 32);
        for (Path file : files(dataDir())) {
            if (file.startsWith(dataDir().resolve("postgres"))) {
                continue; // the test database is elsewhere; never the bytes anyway
            }
            assertThat(indexOf(Files.readAllBytes(file), probe))
                    .as("plaintext in %s", file)
                    .isEqualTo(-1);
        }
        assertThat(dataDir().resolve("blobs/ENCRYPTED")).exists();
        assertThat(dataDir().resolve("keys/kek")).exists();
    }

    @Test
    void aFlippedCiphertextByteIsAProblemNotCorruptBytes() throws Exception {
        Set<Path> before = Set.copyOf(files(dataDir().resolve("blobs/objects")));
        byte[] content = marked(20_000, "b2");
        String id = upload(freshCollection(), "damaged.txt", content)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        List<Path> added = files(dataDir().resolve("blobs/objects")).stream()
                .filter(p -> !before.contains(p))
                .collect(Collectors.toList());
        assertThat(added).hasSize(1);
        assertThat(added.get(0).toString()).endsWith(".enc");
        try (RandomAccessFile raf = new RandomAccessFile(added.get(0).toFile(), "rw")) {
            raf.seek(1000);
            int b = raf.read();
            raf.seek(1000);
            raf.write(b ^ 0x01);
        }

        asInvestigator()
                .get("/api/items/" + id + "/content")
                .then()
                .statusCode(500)
                .contentType("application/problem+json")
                .body("code", equalTo("stored-content-damaged"));
        asInvestigator()
                .header("Range", "bytes=10-20")
                .get("/api/items/" + id + "/content")
                .then()
                .statusCode(500)
                .body("code", equalTo("stored-content-damaged"));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
