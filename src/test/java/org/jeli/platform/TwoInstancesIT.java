package org.jeli.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.jeli.provenance.merkle.ProofVerifier;
import org.jeli.provenance.merkle.VerificationResult;
import org.jeli.testsupport.ArchiveClient;
import org.jeli.testsupport.PackagedArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two packaged archives on one PostgreSQL and one shared data folder (blobs and keys), as the
 * production compose file runs them behind a load balancer: one log, sessions and lockout shared,
 * scheduled jobs moving to the survivor when the leader dies.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIT {
    private static final String ADMIN_PASSWORD = "two-instances-admin-password";

    private Path root;
    private Path data;
    private final Map<String, String> env = new HashMap<>();
    private EmbeddedDatabase database;
    private PackagedArchive a;
    private PackagedArchive b;

    @BeforeAll
    void startTwoInstancesOnOneDatabase() throws IOException {
        root = Files.createTempDirectory("jeli-test-two-instances");
        database = EmbeddedDatabase.start(root.resolve("postgres"));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", database.username());
        env.put("JELI_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", "a shared session key of the two test instances");
        env.put("JELI_LEASE_TTL", "4s");
        env.put("JELI_LEASE_RENEW_INTERVAL", "1s");
        env.put("JELI_LOG_CHECKPOINT_INTERVAL", "1s");
        env.put("JELI_AUTH_ACCOUNT_MAX_FAILURES", "3");
        env.put("JELI_AUTH_DELAY_FREE_FAILURES", "10");
        data = root.resolve("shared-data");
        a = PackagedArchive.start(data, env);
        b = PackagedArchive.start(data, env);
        new ArchiveClient(a.baseUri(), ADMIN_PASSWORD).collectionWithArchivistAndInvestigator("both");
    }

    @AfterAll
    void stop() throws IOException {
        for (AutoCloseable c : new AutoCloseable[] {a, b, database}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // keep stopping the others
            }
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void uploadsAndAppendsThroughBothInstancesMakeOneGaplessUnforkedLog() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<String>> uploads = new ArrayList<>();
        List<Future<?>> others = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            PackagedArchive target = i % 2 == 0 ? a : b;
            int n = i;
            uploads.add(pool.submit(() -> upload(target, n)));
            if (i % 4 == 0) {
                others.add(pool.submit(() -> checkpointNow(n % 8 == 0 ? a : b)));
            }
        }
        List<String> ids = new ArrayList<>();
        for (Future<String> f : uploads) {
            ids.add(f.get(5, TimeUnit.MINUTES));
        }
        for (int i = 0; i < ids.size(); i++) {
            PackagedArchive target = i % 2 == 0 ? b : a;
            String id = ids.get(i);
            others.add(pool.submit(() -> new ArchiveClient(target.baseUri(), ADMIN_PASSWORD)
                    .as("investigator-1")
                    .get("/api/items/" + id)
                    .then()
                    .statusCode(200)));
            if (i % 3 == 0) {
                others.add(pool.submit(() -> checkpointNow(target)));
            }
        }
        for (Future<?> f : others) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        checkpointNow(a);
        checkpointNow(b);

        long[] entries = entryCountAndNextIndex();
        assertThat(entries[0]).as("entries 0..n-1, no gap").isEqualTo(entries[1]);
        assertThat(entries[0]).as("24 submissions and 24 views at least").isGreaterThanOrEqualTo(48);
        assertThat(ids).doesNotHaveDuplicates();
        // Metadata extraction keeps appending in the background; checkpoints cover what was there.
        assertThat(lastCheckpointSize(a)).isGreaterThanOrEqualTo(48).isLessThanOrEqualTo(entryCountAndNextIndex()[0]);
        for (PackagedArchive instance : List.of(a, b)) {
            admin(instance).post("/api/log/audit").then().statusCode(200);
            assertThat(admin(instance).get("/api/log/audit").jsonPath().getBoolean("passed"))
                    .as("self-audit on " + instance.baseUri())
                    .isTrue();
        }
        everyCheckpointIsConsistentWithThePreviousOne();
    }

    @Test
    void aWebSessionOpenedOnOneInstanceWorksOnTheOtherUntilLoggedOutOnEither() {
        user(a, "session-user", "viewer");
        Response login = given().redirects()
                .follow(false)
                .baseUri(a.baseUri())
                .contentType(ContentType.URLENC)
                .formParam("j_username", "session-user")
                .formParam("j_password", ArchiveClient.PASSWORD)
                .post("/j_security_check");
        login.then().statusCode(302);
        Map<String, String> cookies = new HashMap<>(login.getCookies());
        session(b, cookies).get("/api/collections").then().statusCode(200);
        session(a, cookies)
                .header("X-Jeli-CSRF", cookies.get("jeli-csrf"))
                .post("/api/session/logout")
                .then()
                .statusCode(204);
        session(b, cookies).get("/api/collections").then().statusCode(401);
        session(a, cookies).get("/api/collections").then().statusCode(401);
    }

    @Test
    void failedLoginsOnBothInstancesCountTowardsOneLockout() {
        user(a, "guessed-user", "viewer");
        basic(a, "guessed-user", "wrong password 1").then().statusCode(401);
        basic(b, "guessed-user", "wrong password 2").then().statusCode(401);
        basic(a, "guessed-user", "wrong password 3").then().statusCode(401);
        // locked after 3 failures spread over both instances, even with the right password
        basic(b, "guessed-user", ArchiveClient.PASSWORD).then().statusCode(401);
        basic(a, "guessed-user", ArchiveClient.PASSWORD).then().statusCode(401);
    }

    @Test
    void whenTheLeaderDiesTheOtherInstanceTakesTheLeaseAndKeepsCheckpointing() throws Exception {
        String job = "log.checkpoint";
        awaitThat("one instance holds the checkpoint lease", () -> holder(a, job) != null);
        String leader = holder(a, job);
        PackagedArchive dying = leader.equals(instanceId(a)) ? a : b;
        PackagedArchive survivor = dying == a ? b : a;
        assertThat(leader).isIn(instanceId(a), instanceId(b));
        assertThat(holder(survivor, job))
                .as("both instances see the same holder")
                .isEqualTo(leader);

        dying.kill();
        String successor = instanceId(survivor);
        awaitThat("the survivor takes the lease after its time to live", () -> successor.equals(holder(survivor, job)));

        upload(survivor, 1000);
        long size = entryCountAndNextIndex()[0];
        awaitThat(
                "the survivor's scheduled checkpoint covers the new entries",
                () -> lastCheckpointSize(survivor) >= size);
        admin(survivor).post("/api/log/audit").then().statusCode(200);
        assertThat(admin(survivor).get("/api/log/audit").jsonPath().getBoolean("passed"))
                .isTrue();

        // Two instances again for the other tests, whatever their order.
        PackagedArchive replacement = PackagedArchive.start(data, env);
        if (dying == a) {
            a = replacement;
        } else {
            b = replacement;
        }
    }

    private void everyCheckpointIsConsistentWithThePreviousOne() throws SQLException {
        List<Long> byCreation = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.username(), "");
                PreparedStatement ps =
                        c.prepareStatement("select size from log_checkpoints order by created_at, size");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                byCreation.add(rs.getLong(1));
            }
        }
        assertThat(byCreation)
                .as("checkpoints made in increasing size")
                .isSorted()
                .doesNotHaveDuplicates();
        assertThat(byCreation.size()).isGreaterThanOrEqualTo(2);
        for (int i = 1; i < byCreation.size(); i++) {
            long first = byCreation.get(i - 1);
            long second = byCreation.get(i);
            PackagedArchive from = i % 2 == 0 ? a : b;
            byte[] root1 = rootOf(given().baseUri(from.baseUri())
                    .get("/api/log/checkpoints/" + first)
                    .asString());
            byte[] root2 = rootOf(given().baseUri(from.baseUri())
                    .get("/api/log/checkpoints/" + second)
                    .asString());
            JsonPath proof = given().baseUri(from.baseUri())
                    .get("/api/log/proof/consistency?first=" + first + "&second=" + second)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<byte[]> hashes = proof.getList("proof", String.class).stream()
                    .map(h -> Base64.getDecoder().decode(h))
                    .toList();
            VerificationResult r = ProofVerifier.verifyConsistency(first, second, root1, root2, hashes);
            assertThat(r.valid())
                    .as("checkpoint %d is a prefix of %d: %s", first, second, r)
                    .isTrue();
        }
    }

    private static byte[] rootOf(String note) {
        return Base64.getDecoder().decode(note.split("\n")[2]);
    }

    private static long lastCheckpointSize(PackagedArchive instance) {
        return Long.parseLong(given().baseUri(instance.baseUri())
                .get("/api/log/checkpoint")
                .asString()
                .split("\n")[1]);
    }

    private long[] entryCountAndNextIndex() throws SQLException {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.username(), "");
                PreparedStatement ps =
                        c.prepareStatement("select count(*), coalesce(max(idx) + 1, 0) from log_entries");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    private static String upload(PackagedArchive target, int n) {
        byte[] content = new byte[64 * 1024 + n];
        new Random(n).nextBytes(content);
        return new ArchiveClient(target.baseUri(), ADMIN_PASSWORD)
                .as("archivist-1")
                .multiPart("collection", "both")
                .multiPart("file", "upload-" + n + ".bin", content)
                .post("/api/items")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Object checkpointNow(PackagedArchive target) {
        return admin(target).post("/api/log/checkpoints").then().statusCode(200);
    }

    private static io.restassured.specification.RequestSpecification admin(PackagedArchive target) {
        return new ArchiveClient(target.baseUri(), ADMIN_PASSWORD).admin();
    }

    private static void user(PackagedArchive target, String name, String role) {
        admin(target)
                .contentType("application/json")
                .body(Map.of("username", name, "displayName", name, "password", ArchiveClient.PASSWORD, "role", role))
                .post("/api/users")
                .then()
                .statusCode(201);
    }

    private static Response basic(PackagedArchive target, String user, String password) {
        return given().baseUri(target.baseUri())
                .auth()
                .preemptive()
                .basic(user, password)
                .get("/api/tokens");
    }

    private static io.restassured.specification.RequestSpecification session(
            PackagedArchive target, Map<String, String> cookies) {
        return given().baseUri(target.baseUri()).redirects().follow(false).cookies(cookies);
    }

    private static String instanceId(PackagedArchive target) {
        return admin(target).get("/api/admin/leases").jsonPath().getString("instance");
    }

    /** The holder of {@code job}'s unexpired lease as {@code asked} sees it, or null. */
    private static String holder(PackagedArchive asked, String job) {
        JsonPath leases = admin(asked).get("/api/admin/leases").jsonPath();
        List<Map<String, Object>> rows = leases.getList("leases");
        return rows.stream()
                .filter(r -> job.equals(r.get("job")) && Boolean.TRUE.equals(r.get("held")))
                .map(r -> (String) r.get("holder"))
                .findFirst()
                .orElse(null);
    }

    /** Waits until {@code condition} holds; fails after two minutes (a bound for a broken build, not a timing claim). */
    private static void awaitThat(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - deadline).as(what).isNegative();
            Thread.sleep(200);
        }
    }
}
