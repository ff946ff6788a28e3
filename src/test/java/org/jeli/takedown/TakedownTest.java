package org.jeli.takedown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jeli.testsupport.Api.as;
import static org.jeli.testsupport.Api.asAdmin;
import static org.jeli.testsupport.Api.asInvestigator;
import static org.jeli.testsupport.Api.freshCollection;
import static org.jeli.testsupport.Api.id;
import static org.jeli.testsupport.Api.upload;
import static org.jeli.testsupport.Api.user;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * A witness's family asks for a video to be destroyed: two administrators approve, a legal hold
 * blocks it until lifted, then the content is unrecoverable, reading answers 410 with who, when and
 * why, and the log still proves the item existed and was destroyed.
 */
@QuarkusTest
class TakedownTest {
    @Inject
    DataSource dataSource;

    private static final String SECOND_ADMIN = "admin-two";

    private static io.restassured.specification.RequestSpecification asSecondAdmin() {
        user(SECOND_ADMIN, "admin");
        return as(SECOND_ADMIN);
    }

    private static Set<Path> blobFiles() throws IOException {
        Path root = Path.of(ConfigProvider.getConfig().getValue("jeli.storage.root", String.class));
        return files(root.resolve("objects"));
    }

    private static Set<Path> dataKeys() throws IOException {
        return files(Path.of(ConfigProvider.getConfig().getValue("jeli.storage.data-key-dir", String.class)));
    }

    private static Set<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return new HashSet<>();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return new HashSet<>(walk.filter(Files::isRegularFile).toList());
        }
    }

    private long count(String sql, Object arg) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void twoAdministratorsALiftedHoldThenTheContentIsGoneForGoodAndTheLogStillProvesIt() throws Exception {
        String collection = freshCollection();
        String other = freshCollection();
        byte[] video = ("witness video " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        Set<Path> before = blobFiles();
        Set<Path> keysBefore = dataKeys();
        JsonPath uploaded = upload(
                        collection, "VID-20230514-WA0003.mp4", video, Map.of("claimedLocation", "Boni, près du marché"))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String item = uploaded.getString("id");
        String submission = uploaded.getString("submissionId");
        String sameBytesElsewhere = upload(other, "copy.mp4", video)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Set<Path> files = blobFiles();
        files.removeAll(before);
        assertThat(files).hasSize(1);
        Set<Path> keys = dataKeys();
        keys.removeAll(keysBefore);
        assertThat(keys)
                .as("encryption is on by default: one data key for the new blob")
                .hasSize(1);
        assertThat(count("select count(*) from log_salts where id like ?", "submission:" + submission + ":%"))
                .isEqualTo(2);

        JsonPath requested = asAdmin()
                .contentType("application/json")
                .body(Map.of("item", item, "reason", "witness safety", "requester", "the family of the person filming"))
                .post("/api/admin/takedowns")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(requested.getString("state")).isEqualTo("PENDING");
        String request = requested.getString("id");
        asInvestigator().get("/api/items/" + item).then().statusCode(200);

        asAdmin().post("/api/admin/takedowns/" + request + "/approve").then().statusCode(403);

        String hold = asAdmin()
                .contentType("application/json")
                .body(Map.of("collection", id(collection), "reason", "case before the court"))
                .post("/api/admin/holds")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        asSecondAdmin()
                .post("/api/admin/takedowns/" + request + "/approve")
                .then()
                .statusCode(409)
                .body("code", org.hamcrest.Matchers.equalTo("legal-hold"));
        asInvestigator().get("/api/items/" + item).then().statusCode(200);
        assertThat(files.iterator().next()).exists();

        asAdmin().delete("/api/admin/holds/" + hold).then().statusCode(200);
        JsonPath executed = asSecondAdmin()
                .post("/api/admin/takedowns/" + request + "/approve")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(executed.getString("state")).isEqualTo("EXECUTED");
        assertThat(executed.getList("takenDown", String.class)).containsExactlyInAnyOrder(item, sameBytesElsewhere);

        JsonPath gone = asInvestigator()
                .get("/api/items/" + item)
                .then()
                .statusCode(410)
                .extract()
                .jsonPath();
        assertThat(gone.getString("code")).isEqualTo("item-taken-down");
        assertThat(gone.getString("reason")).isEqualTo("witness safety");
        assertThat(gone.getString("approvedBy")).startsWith("user:");
        assertThat(gone.getString("takenDownAt")).isNotBlank();
        asInvestigator().get("/api/items/" + item + "/content").then().statusCode(410);
        asInvestigator().get("/api/items/" + sameBytesElsewhere).then().statusCode(410);

        assertThat(files.iterator().next()).doesNotExist();
        assertThat(keys.iterator().next())
                .as("the data key is destroyed: crypto-shredding")
                .doesNotExist();
        assertThat(count("select count(*) from log_salts where id like ?", "submission:" + submission + ":%"))
                .as("the commitments in the log are unlinkable")
                .isZero();
        assertThat(count("select count(*) from items where id = ?::uuid and claimed_location is not null", item))
                .isZero();
        assertThat(count(
                        "select count(*) from submissions where item_id = ?::uuid and original_filename is not null",
                        item))
                .isZero();

        List<String> kinds = asInvestigator()
                .get("/api/items/" + item + "/custody")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("entries.kind");
        assertThat(kinds).contains("item.submitted", "takedown.requested", "takedown.approved", "item.taken_down");
        String custody = asInvestigator().get("/api/items/" + item + "/custody").asString();
        assertThat(custody).doesNotContain("Boni");

        asAdmin().post("/api/admin/takedowns/" + request + "/approve").then().statusCode(404);
    }

    @Test
    void aHoldOnTheItemIsLoggedAndOnlyAdministratorsManageTakedowns() {
        String collection = freshCollection();
        String item = upload(collection, "a.jpg", new byte[] {1, 2, 3, 4})
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String hold = asAdmin()
                .contentType("application/json")
                .body(Map.of("item", item, "reason", "preserve for trial"))
                .post("/api/admin/holds")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        asAdmin().delete("/api/admin/holds/" + hold).then().statusCode(200);
        asAdmin().delete("/api/admin/holds/" + hold).then().statusCode(404);
        List<String> kinds = asInvestigator()
                .get("/api/items/" + item + "/custody")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("entries.kind");
        assertThat(kinds).contains("hold.placed", "hold.lifted");

        asInvestigator()
                .contentType("application/json")
                .body(Map.of("item", item, "reason", "x", "requester", "y"))
                .post("/api/admin/takedowns")
                .then()
                .statusCode(403);
        asAdmin()
                .contentType("application/json")
                .body(Map.of("item", UUID.randomUUID().toString(), "reason", "x", "requester", "y"))
                .post("/api/admin/takedowns")
                .then()
                .statusCode(404);
        asAdmin()
                .contentType("application/json")
                .body(Map.of("item", item, "requester", "y"))
                .post("/api/admin/takedowns")
                .then()
                .statusCode(400);
    }
}
