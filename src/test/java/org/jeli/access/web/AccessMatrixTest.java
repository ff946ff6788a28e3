package org.jeli.access.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jeli.testsupport.Api.as;
import static org.jeli.testsupport.Api.asAdmin;
import static org.jeli.testsupport.Api.asInvestigator;
import static org.jeli.testsupport.Api.freshCollection;
import static org.jeli.testsupport.Api.member;
import static org.jeli.testsupport.Api.upload;
import static org.jeli.testsupport.Api.user;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jeli.testsupport.ExifJpegWriter;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The access matrix, generated from one table: every item endpoint × {anonymous, administrator
 * (not a member), non-member, each role as a member with each clearance} × an item of each
 * sensitivity → the expected status, and for readable items whether identifying fields show.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {
    static final List<String> LEVELS = List.of("public", "restricted", "confidential", "sealed");
    static final List<String> ROLES = List.of("archivist", "investigator", "viewer");
    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final Map<String, String> photoBySensitivity = new java.util.HashMap<>();
    final Map<String, String> fileBySensitivity = new java.util.HashMap<>();
    String collection;

    record Caller(String name, Supplier<RequestSpecification> spec, String role, String clearance) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Once per class, on first use (RestAssured knows the test port only once a test runs). */
    synchronized void setUp() {
        if (collection != null) {
            return;
        }
        collection = freshCollection();
        for (String level : LEVELS) {
            byte[] jpeg = ExifJpegWriter.jpegWithExif(
                    LocalDateTime.of(2023, 5, 14, 10, LEVELS.indexOf(level)), 14.3, -3.5, "Tecno", "KE5");
            photoBySensitivity.put(
                    level,
                    upload(
                                    collection,
                                    "IMG-20230514-WA000" + LEVELS.indexOf(level) + ".jpg",
                                    jpeg,
                                    Map.of("sensitivity", level, "claimedLocation", "Boni"))
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("id"));
            fileBySensitivity.put(
                    level,
                    upload(
                                    collection,
                                    "notes-" + level + ".bin",
                                    (tag + level).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                                    Map.of("sensitivity", level))
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("id"));
        }
        user("outsider-" + tag, "investigator");
        for (String role : ROLES) {
            for (String clearance : LEVELS) {
                String name = role + "-" + clearance + "-" + tag;
                user(name, role);
                member(collection, name, role, clearance);
            }
        }
    }

    Stream<Caller> callers() {
        List<Caller> out = new ArrayList<>();
        out.add(new Caller("anonymous", () -> given(), null, null));
        out.add(new Caller("admin (not a member)", () -> asAdmin(), null, null));
        out.add(new Caller("non-member", () -> as("outsider-" + tag), null, null));
        for (String role : ROLES) {
            for (String clearance : LEVELS) {
                String name = role + "-" + clearance + "-" + tag;
                out.add(new Caller(role + " cleared " + clearance, () -> as(name), role, clearance));
            }
        }
        return out.stream();
    }

    static int expected(Caller c, String sensitivity, boolean download) {
        if (c.role() == null) {
            return c.name().equals("anonymous") ? 401 : 404;
        }
        if (LEVELS.indexOf(sensitivity) > LEVELS.indexOf(c.clearance())) {
            return 404;
        }
        return download && !c.role().equals("investigator") ? 403 : 200;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callers")
    void everyCallerGetsExactlyWhatTheirRoleAndClearanceAllow(Caller c) {
        setUp();
        for (String level : LEVELS) {
            String photo = photoBySensitivity.get(level);
            String file = fileBySensitivity.get(level);
            int view = expected(c, level, false);
            Response item = c.spec().get().get("/api/items/" + photo);
            assertThat(item.statusCode()).as("GET item %s", level).isEqualTo(view);
            if (view == 200) {
                boolean identifying = LEVELS.indexOf(c.clearance()) >= LEVELS.indexOf("confidential");
                assertThat(item.jsonPath().getMap("metadata.gps") != null)
                        .as("GPS shown")
                        .isEqualTo(identifying);
                assertThat(item.jsonPath().getString("claims.claimedLocation") != null)
                        .as("claimed place shown")
                        .isEqualTo(identifying);
                assertThat(item.jsonPath().<String, Object>getMap("metadata.raw").keySet().stream()
                                .anyMatch(k -> k.startsWith("geo:")))
                        .isEqualTo(identifying);
            }
            assertThat(c.spec().get().get("/api/items/" + photo + "/custody").statusCode())
                    .as("custody %s", level)
                    .isEqualTo(view);
            assertThat(c.spec().get().get("/api/items/" + photo + "/receipt").statusCode())
                    .as("receipt %s", level)
                    .isEqualTo(view);
            assertThat(c.spec().get().get("/api/items/" + photo + "/content").statusCode())
                    .as("inline photo %s", level)
                    .isEqualTo(view);
            assertThat(c.spec().get().get("/api/items/" + file + "/content").statusCode())
                    .as("original file %s", level)
                    .isEqualTo(expected(c, level, true));
            if (c.role() != null || !c.name().equals("anonymous")) {
                List<String> listed = c.spec()
                        .get()
                        .queryParam("collection", collection)
                        .queryParam("size", 200)
                        .get("/api/items")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.id");
                assertThat(listed.contains(photo)).as("listed %s", level).isEqualTo(view == 200);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callers")
    void uploadsNeedTheArchivistRoleInTheCollection(Caller c) {
        setUp();
        int status = c.spec()
                .get()
                .multiPart("collection", collection)
                .multiPart(
                        "file",
                        "new.bin",
                        UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/items")
                .statusCode();
        int expected = c.role() == null
                ? (c.name().equals("anonymous") ? 401 : 404)
                : c.role().equals("archivist") ? 201 : 403;
        assertThat(status).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callers")
    void viewsAndRefusalsOnAnExistingItemAreEachLoggedOnce(Caller c) {
        setUp();
        if (c.name().equals("anonymous")) {
            return;
        }
        String photo = photoBySensitivity.get("restricted");
        long viewedBefore = count(photo, "item.viewed");
        long deniedBefore = count(photo, "access.denied");
        int status = c.spec().get().get("/api/items/" + photo).statusCode();
        long viewed = count(photo, "item.viewed") - viewedBefore;
        long denied = count(photo, "access.denied") - deniedBefore;
        if (status == 200) {
            assertThat(viewed).isEqualTo(1);
            assertThat(denied).isZero();
        } else {
            assertThat(viewed).isZero();
            assertThat(denied).isEqualTo(1);
        }
    }

    private long count(String item, String kind) {
        List<String> kinds = asInvestigator()
                .get("/api/items/" + item + "/custody")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("entries.kind");
        return kinds.stream().filter(kind::equals).count();
    }
}
