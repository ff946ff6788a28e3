package org.jeli.ingest.tus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.jeli.testsupport.Api.asArchivist;
import static org.jeli.testsupport.Api.asInvestigator;
import static org.jeli.testsupport.Api.freshCollection;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.jeli.access.AccessPolicy;
import org.jeli.access.CurrentUser;
import org.jeli.access.User;
import org.jeli.access.jdbc.JdbcAccessStore;
import org.jeli.access.jdbc.JdbcUserStore;
import org.jeli.ingest.IngestConfig;
import org.jeli.ingest.IngestService;
import org.jeli.ingest.tus.jdbc.JdbcUploadStore;
import org.jeli.storage.BlobStore;
import org.jeli.testsupport.Api;
import org.junit.jupiter.api.Test;

/** Expiry and restarts: what must hold when time passes or the server goes away mid-upload. */
@QuarkusTest
class TusLifecycleTest {
    @Inject
    PartFiles parts;

    @Inject
    UploadSweeper sweeper;

    @Inject
    Clock clock;

    @Inject
    DataSource dataSource;

    @Inject
    TusConfig config;

    @Inject
    IngestConfig ingestConfig;

    @Inject
    BlobStore blobs;

    @Inject
    IngestService ingest;

    @Inject
    JdbcAccessStore access;

    @Inject
    JdbcUserStore users;

    @Inject
    AccessPolicy policy;

    @Test
    void anUnfinishedUploadExpiresAndItsBytesAreRemoved() {
        String path = Tus.path(Tus.create(asArchivist(), 50_000, Tus.fields(freshCollection(), "late.bin")));
        Tus.patch(asArchivist(), path, 0, new byte[20_000]).then().statusCode(204);
        assertThat(parts.exists(TusUploadTest.id(path))).isTrue();

        sweeper.sweepAt(clock.instant().plus(Duration.ofDays(1)));
        Tus.head(asArchivist(), path).then().statusCode(200).header("Upload-Offset", "20000");

        sweeper.sweepAt(clock.instant().plus(config.expiry()).plus(Duration.ofMinutes(1)));
        assertThat(parts.exists(TusUploadTest.id(path))).isFalse();
        Tus.head(asArchivist(), path).then().statusCode(404);
    }

    @Test
    void aRestartedServerResumesFromTheAcknowledgedOffsetAndDropsUnacknowledgedBytes() throws Exception {
        byte[] file = Tus.random(1_500_000, 21);
        String path = Tus.path(Tus.create(asArchivist(), file.length, Tus.fields(freshCollection(), "restart.bin")));
        int acknowledged = 600_000;
        Tus.patch(asArchivist(), path, 0, Tus.slice(file, 0, acknowledged))
                .then()
                .statusCode(204);
        var id = TusUploadTest.id(path);
        // The server crashed after writing a chunk durably but before recording its offset.
        byte[] key = new JdbcUploadStore(dataSource).find(id).orElseThrow().partKey();
        parts.append(id, key, acknowledged, new ByteArrayInputStream(new byte[300_000]), 900_000, null);

        // A new server process: new objects over the same database and folder, nothing carried in memory.
        JdbcUploadStore store = new JdbcUploadStore(dataSource);
        PartFiles freshParts = new PartFiles(config.directory(), new SecureRandom());
        TusUploads restarted = new TusUploads(
                store,
                freshParts,
                new UploadCompletion(store, freshParts, blobs, ingest, ingestConfig, clock),
                access,
                policy,
                ingestConfig,
                config,
                new SecureRandom(),
                clock);
        User archivist = users.findByUsername(Api.ARCHIVIST).orElseThrow();
        CurrentUser user =
                new CurrentUser(archivist.id(), archivist.username(), archivist.displayName(), archivist.role());
        assertThat(restarted.status(id, user).offset()).isEqualTo(acknowledged);

        TusUploads.Progress done = restarted.patch(
                id, acknowledged, new ByteArrayInputStream(Tus.slice(file, acknowledged, file.length)), null, user);
        assertThat(done.receipt().sha256().hex()).isEqualTo(Tus.sha256(file));
        byte[] back = asInvestigator()
                .get("/api/items/" + done.receipt().recorded().itemId() + "/content")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(back).isEqualTo(file);
        Tus.head(asArchivist(), path)
                .then()
                .statusCode(200)
                .header("Jeli-Item", equalTo(done.receipt().recorded().itemId().toString()));
    }

    @Test
    void anUploadWhoseCompletionACrashCutOffBecomesItsItemAtTheNextHead() throws Exception {
        byte[] file = Tus.random(1_000_000, 22);
        String path = Tus.path(Tus.create(asArchivist(), file.length, Tus.fields(freshCollection(), "cut.bin")));
        Tus.patch(asArchivist(), path, 0, Tus.slice(file, 0, 600_000)).then().statusCode(204);
        var id = TusUploadTest.id(path);
        // The last chunk was written and its offset recorded; the crash came before the item existed.
        JdbcUploadStore store = new JdbcUploadStore(dataSource);
        byte[] key = store.find(id).orElseThrow().partKey();
        parts.append(id, key, 600_000, new ByteArrayInputStream(Tus.slice(file, 600_000, file.length)), 400_000, null);
        assertThat(store.advance(id, 600_000, file.length, clock.instant().plus(config.expiry())))
                .isTrue();

        // A client sees Upload-Offset = Upload-Length and sends nothing more: the HEAD completes it.
        String item = Tus.head(asArchivist(), path)
                .then()
                .statusCode(200)
                .header("Upload-Offset", equalTo(Integer.toString(file.length)))
                .extract()
                .header("Jeli-Item");
        assertThat(item).isNotNull();
        byte[] back = asInvestigator()
                .get("/api/items/" + item + "/content")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(back).isEqualTo(file);
    }
}
