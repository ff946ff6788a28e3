package org.jeli.provenance.timestamp;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;

/** Runs the in-process RFC 3161 authority for a Quarkus test and points the archive at it. */
public class TimestampAuthorityResource implements QuarkusTestResourceLifecycleManager {
    static volatile InProcessTimestampAuthority authority;
    static volatile TestPki pki;

    @Override
    public Map<String, String> start() {
        try {
            pki = TestPki.create("Jeli Test TSA");
            authority = InProcessTimestampAuthority.start(pki, Clock.systemUTC());
            Path roots = Files.createTempFile("jeli-tsa-root", ".pem");
            String pem = "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(pki.root.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
            Files.writeString(roots, pem, StandardCharsets.US_ASCII);
            return Map.of(
                    "jeli.log.timestamps.authorities",
                    authority.uri().toString(),
                    "jeli.log.timestamps.trusted-roots",
                    roots.toString(),
                    "jeli.log.timestamps.retry-interval",
                    "200ms",
                    "jeli.log.timestamps.timeout",
                    "2s");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The root certificate the test authority chains to. */
    public static java.security.cert.X509Certificate root() {
        return pki.root;
    }

    /** A genuine token from the test authority over another imprint (for swap tests). */
    public static byte[] tokenOver(byte[] imprint) throws IOException {
        return new TimestampClient(
                        authority.uri(),
                        new TimestampRequestFactory(new java.security.SecureRandom()),
                        java.time.Duration.ofSeconds(5),
                        TimestampClient.DEFAULT_MAX_REPLY_BYTES)
                .timestamp(imprint)
                .response();
    }

    @Override
    public void stop() {
        if (authority != null) {
            authority.close();
        }
    }
}
