package org.jeli.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import org.jeli.testsupport.ArchiveClient;
import org.jeli.testsupport.PackagedArchive;
import org.junit.jupiter.api.Test;

/** With the standard Quarkus datasource settings, no embedded database starts and that server is used. */
class ExternalDatabaseIT {

    @Test
    void theStandardDatasourceSettingsSelectAnExternalPostgresql() throws Exception {
        Path root = Files.createTempDirectory("jeli-external");
        try (EmbeddedDatabase external = EmbeddedDatabase.start(root.resolve("separate-server"))) {
            Path data = root.resolve("jeli-data");
            Map<String, String> env = Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL", external.jdbcUrl(),
                    "QUARKUS_DATASOURCE_USERNAME", external.username(),
                    "JELI_ADMIN_PASSWORD", "external-db-password");
            String id;
            try (PackagedArchive archive = PackagedArchive.start(data, env)) {
                new ArchiveClient(archive.baseUri(), "external-db-password")
                        .collectionWithArchivistAndInvestigator("external");
                id = given().baseUri(archive.baseUri())
                        .auth()
                        .preemptive()
                        .basic("archivist-1", ArchiveClient.PASSWORD)
                        .multiPart("collection", "external")
                        .multiPart("file", "a.bin", new byte[] {1, 2, 3})
                        .post("/api/items")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
            }
            assertThat(data.resolve("postgres")).doesNotExist();
            try (Connection c = DriverManager.getConnection(external.jdbcUrl(), external.username(), "");
                    PreparedStatement ps = c.prepareStatement("select count(*) from items where id = ?")) {
                ps.setObject(1, UUID.fromString(id));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(1);
                }
            }
        }
    }
}
