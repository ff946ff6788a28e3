package org.jeli.provenance;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.jeli.common.Digest;
import org.jeli.lease.JobLeases;
import org.jeli.provenance.jdbc.JdbcCheckpoints;
import org.jeli.provenance.timestamp.TimestampClient;
import org.jeli.provenance.timestamp.TimestampReply;
import org.jeli.provenance.timestamp.TimestampRequestFactory;
import org.jeli.provenance.timestamp.TimestampUnavailableException;
import org.jeli.provenance.timestamp.TimestampVerification;
import org.jeli.provenance.timestamp.TimestampVerifier;

/**
 * Countersigns checkpoints with RFC 3161 timestamps from the configured authorities. The imprint is
 * SHA-256 of the whole signed checkpoint note. Every token is verified on receipt (status, imprint,
 * nonce, signature, chain to the configured roots) before it is stored. When no authority answers,
 * the checkpoint stays signed and untimestamped; the backlog is retried and shown in health. With
 * several instances the periodic retries run on the holder of the {@value #JOB} lease; a new
 * checkpoint is sent at once by the instance that made it.
 */
@ApplicationScoped
public class Timestamper {
    private static final Logger LOG = Logger.getLogger(Timestamper.class);
    /** The lease of timestamping. */
    public static final String JOB = "log.timestamp";

    private final DataSource dataSource;
    private final JdbcCheckpoints checkpoints;
    private final LogConfig.Timestamps config;
    private final SecureRandom random;
    private final Clock clock;
    private final JobLeases leases;
    private volatile long backlog;
    private ScheduledExecutorService scheduler;
    private TimestampVerifier verifier;

    public Timestamper(
            DataSource dataSource,
            JdbcCheckpoints checkpoints,
            LogConfig config,
            SecureRandom random,
            Clock clock,
            JobLeases leases) {
        this.dataSource = dataSource;
        this.checkpoints = checkpoints;
        this.config = config.timestamps();
        this.random = random;
        this.clock = clock;
        this.leases = leases;
    }

    void onStart(@Observes StartupEvent event) throws IOException {
        if (authorities().isEmpty()) {
            return;
        }
        if (config.trustedRoots().orElse(List.of()).isEmpty()) {
            throw new IllegalStateException(
                    "jeli.log.timestamps.authorities is set but jeli.log.timestamps.trusted-roots is not:"
                            + " tokens could not be verified");
        }
        verifier = new TimestampVerifier(loadRoots(config.trustedRoots().orElse(List.of())), config.maxResponseBytes());
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "jeli-timestamper");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1, config.retryInterval().toMillis());
        scheduler.scheduleWithFixedDelay(this::processQuietly, 0, every, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    /** Checkpoint/authority pairs still waiting for a timestamp (as of the last pass). */
    public long backlog() {
        return backlog;
    }

    /**
     * Asks for timestamps of new checkpoints without waiting for the next retry, on whichever
     * instance made the checkpoint (the lease only governs the periodic retries of the backlog).
     */
    public void requestSoon(long size) {
        ScheduledExecutorService s = scheduler;
        if (s != null) {
            s.execute(this::passQuietly);
        }
    }

    /** One pass over the backlog; returns how many tokens were stored. */
    public synchronized int process() throws SQLException {
        int stored = 0;
        long remaining = 0;
        for (String authority : authorities()) {
            try (Connection c = dataSource.getConnection()) {
                List<Long> sizes = checkpoints.untimestamped(c, authority, 1000);
                int done = 0;
                for (long size : sizes) {
                    if (!timestamp(c, authority, size)) {
                        break;
                    }
                    done++;
                }
                stored += done;
                remaining += sizes.size() - done;
            }
        }
        backlog = remaining;
        return stored;
    }

    private boolean timestamp(Connection c, String authority, long size) throws SQLException {
        StoredCheckpoint cp = checkpoints.bySize(c, size).orElseThrow();
        byte[] imprint = sha256(cp.note().getBytes(StandardCharsets.UTF_8));
        TimestampClient client = new TimestampClient(
                URI.create(authority),
                new TimestampRequestFactory(random),
                config.timeout(),
                config.maxResponseBytes());
        try {
            TimestampReply reply = client.timestamp(imprint);
            TimestampVerification v =
                    verifier.verify(reply.response(), imprint, reply.request().nonce());
            if (!v.isValid()) {
                LOG.warnf(
                        "timestamp authority %s gave an invalid token for checkpoint %d: %s",
                        authority, size, v.status());
                return false;
            }
            checkpoints.insertTimestamp(c, size, authority, reply.response(), v.genTime(), clock.instant());
            return true;
        } catch (TimestampUnavailableException e) {
            LOG.warnf(
                    "timestamp authority %s unavailable (%s); checkpoint %d stays signed, will retry",
                    authority, e.reason(), size);
            return false;
        }
    }

    private void processQuietly() {
        if (leases.holds(JOB)) {
            passQuietly();
        }
    }

    private void passQuietly() {
        try {
            process();
        } catch (RuntimeException | SQLException e) {
            LOG.warnf("timestamping pass failed: %s", e.getClass().getSimpleName());
        }
    }

    private List<String> authorities() {
        return config.authorities().orElse(List.of()).stream()
                .filter(s -> !s.isBlank())
                .toList();
    }

    private static byte[] sha256(byte[] data) {
        MessageDigest md = Digest.Algorithm.SHA256.newMessageDigest();
        return md.digest(data);
    }

    static List<X509Certificate> loadRoots(List<Path> files) throws IOException {
        List<X509Certificate> roots = new ArrayList<>();
        try {
            CertificateFactory cf = CertificateFactory.getInstance("X.509");
            for (Path f : files) {
                try (InputStream in = Files.newInputStream(f)) {
                    for (var cert : cf.generateCertificates(in)) {
                        roots.add((X509Certificate) cert);
                    }
                }
            }
        } catch (CertificateException e) {
            throw new IOException("a trusted timestamp root could not be read", e);
        }
        return roots;
    }
}
