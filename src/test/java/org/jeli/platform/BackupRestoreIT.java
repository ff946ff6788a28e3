package org.jeli.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jeli.testsupport.ArchiveClient;
import org.jeli.testsupport.PackagedArchive;
import org.junit.jupiter.api.Test;

/**
 * Backup → wipe → restore → verify with the packaged archive's own commands; a tampered backup is
 * refused before anything is restored; a backup older than a published checkpoint is a rollback.
 */
class BackupRestoreIT {
    private static final String ADMIN_PASSWORD = "backup-admin-passphrase-42";
    private static final Map<String, String> ENV = Map.of("JELI_ADMIN_PASSWORD", ADMIN_PASSWORD);

    private record Run(int exit, String output) {}

    private static Run jeli(Path dataDir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djeli.data-dir=" + dataDir,
                "-jar",
                System.getProperty("jeli.jar", "target/quarkus-app/quarkus-run.jar")));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
        pb.environment().remove("JELI_STORAGE_KEK");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }

    private static Path only(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findFirst().orElseThrow();
        }
    }

    @Test
    void aBackupRestoresIntoAnEmptyDirectoryAndProvesItselfAndTamperingOrRollbackIsReported() throws Exception {
        Path root = Files.createTempDirectory("jeli-backup-it");
        Path data = root.resolve("data");
        byte[] video = new byte[3_000_000];
        new Random(7).nextBytes(video);
        String id;
        try (PackagedArchive archive = PackagedArchive.start(data, ENV)) {
            ArchiveClient client = new ArchiveClient(archive.baseUri(), ADMIN_PASSWORD);
            client.collectionWithArchivistAndInvestigator("Boni 2023");
            id = client.as("archivist-1")
                    .multiPart("collection", "Boni 2023")
                    .multiPart("file", "VID-20230514-WA0003.mp4", video, "video/mp4")
                    .post("/api/items")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            client.admin().post("/api/log/checkpoints").then().statusCode(200);
        }

        Run backup = jeli(data, "backup", root.resolve("backups").toString());
        assertThat(backup.exit()).as(backup.output()).isZero();
        Run keys = jeli(
                data,
                "backup-keys",
                "--include-kek",
                "--include-signing-keys",
                root.resolve("keys").toString());
        assertThat(keys.exit()).as(keys.output()).isZero();
        Path dataBackup = only(root.resolve("backups"));
        Path keyBackup = only(root.resolve("keys"));
        assertThat(new String(Files.readAllBytes(dataBackup.resolve("backup.properties")), StandardCharsets.UTF_8))
                .contains("kind=data");
        try (Stream<Path> s = Files.walk(dataBackup)) {
            assertThat(s.map(Path::toString))
                    .as("the data backup holds no secret")
                    .noneMatch(p -> p.endsWith("kek") || p.endsWith(".private.pem") || p.endsWith(".key"));
        }

        // The archive goes on: a newer checkpoint is published after the backup was made.
        String published;
        try (PackagedArchive archive = PackagedArchive.start(data, ENV)) {
            ArchiveClient client = new ArchiveClient(archive.baseUri(), ADMIN_PASSWORD);
            client.as("archivist-1")
                    .multiPart("collection", "Boni 2023")
                    .multiPart("file", "later.bin", new byte[] {9, 9, 9}, "application/octet-stream")
                    .post("/api/items")
                    .then()
                    .statusCode(201);
            client.admin().post("/api/log/checkpoints").then().statusCode(200);
            published = client.admin()
                    .get("/api/log/checkpoint")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
        }
        Path note = Files.writeString(root.resolve("published-checkpoint.txt"), published);

        Path restored = root.resolve("restored");
        Run restore = jeli(restored, "restore", dataBackup.toString(), "--keys", keyBackup.toString());
        assertThat(restore.exit()).as(restore.output()).isZero();
        assertThat(restore.output()).contains("RESTORE VERIFIED");
        try (PackagedArchive archive = PackagedArchive.start(restored, ENV)) {
            ArchiveClient client = new ArchiveClient(archive.baseUri(), ADMIN_PASSWORD);
            byte[] back = client.as("investigator-1")
                    .get("/api/items/" + id + "/content")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asByteArray();
            assertThat(back).isEqualTo(video);
            client.admin()
                    .post("/api/log/audit")
                    .then()
                    .statusCode(200)
                    .body("passed", org.hamcrest.Matchers.equalTo(true));
        }

        Run rollback = jeli(
                root.resolve("rolled-back"),
                "restore",
                dataBackup.toString(),
                "--keys",
                keyBackup.toString(),
                "--checkpoint",
                note.toString());
        assertThat(rollback.exit()).as(rollback.output()).isEqualTo(1);
        assertThat(rollback.output()).contains("ROLLBACK");

        Path blob;
        try (Stream<Path> s = Files.walk(dataBackup.resolve("blobs").resolve("objects"))) {
            blob = s.filter(Files::isRegularFile).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(blob);
        bytes[bytes.length / 2] ^= 1;
        Files.write(blob, bytes);
        Path tampered = root.resolve("tampered");
        Run refused = jeli(tampered, "restore", dataBackup.toString(), "--keys", keyBackup.toString());
        assertThat(refused.exit()).as(refused.output()).isEqualTo(1);
        assertThat(refused.output()).contains("RESTORE REFUSED").contains("changed: blobs/objects/");
        assertThat(tampered.resolve("postgres")).doesNotExist();
    }
}
