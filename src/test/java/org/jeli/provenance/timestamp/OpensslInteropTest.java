package org.jeli.provenance.timestamp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An independent reader: OpenSSL must print and verify what the in-process authority serves and
 * what the client stores. Skipped where no {@code openssl} binary exists.
 */
class OpensslInteropTest {
    @TempDir
    Path tmp;

    @Test
    void opensslReadsAndVerifiesTheReply() throws Exception {
        assumeTrue(run(List.of("openssl", "version")).exit == 0, "openssl is not installed");
        TestPki pki = TestPki.create("OpenSSL");
        byte[] imprint = TimestampClientTest.sha256("checkpoint for openssl\n");
        TimestampReply reply;
        try (InProcessTimestampAuthority authority =
                InProcessTimestampAuthority.start(pki, Clock.fixed(TimestampClientTest.GEN_TIME, ZoneOffset.UTC))) {
            reply = new TimestampClient(
                            authority.uri(),
                            new TimestampRequestFactory(new SecureRandom()),
                            Duration.ofSeconds(5),
                            TimestampClient.DEFAULT_MAX_REPLY_BYTES)
                    .timestamp(imprint);
        }
        Path response = Files.write(tmp.resolve("resp.tsr"), reply.response());
        Path root = Files.writeString(tmp.resolve("root.pem"), pem(pki.root.getEncoded()));

        Result text = run(List.of("openssl", "ts", "-reply", "-in", response.toString(), "-text"));
        assertThat(text.exit).as(text.output).isZero();
        String firstBytes = HexFormat.ofDelimiter(" ").formatHex(imprint, 0, 8);
        assertThat(text.output)
                .contains("Status: Granted.")
                .contains("Hash Algorithm: sha256")
                .contains("0000 - " + firstBytes)
                .contains("Time stamp: Mar  1 12:00:00 2026 GMT")
                .contains("Nonce: 0x")
                .containsIgnoringCase(reply.request().nonce().toString(16));

        Result verify = run(List.of(
                "openssl",
                "ts",
                "-verify",
                "-in",
                response.toString(),
                "-digest",
                HexFormat.of().formatHex(imprint),
                "-CAfile",
                root.toString(),
                "-attime",
                String.valueOf(TimestampClientTest.GEN_TIME.getEpochSecond())));
        assertThat(verify.exit).as(verify.output).isZero();
        assertThat(verify.output).contains("Verification: OK");
    }

    @Test
    void weVerifyATokenThatOpensslIssued() throws Exception {
        assumeTrue(run(List.of("openssl", "version")).exit == 0, "openssl is not installed");
        TestPki pki = TestPki.create("OpenSSL TSA");
        byte[] imprint = TimestampClientTest.sha256("checkpoint stamped by openssl\n");
        TimestampRequest request = new TimestampRequestFactory(new SecureRandom()).create(imprint);
        Path query = Files.write(tmp.resolve("req.tsq"), request.encoded());
        Path cert = Files.writeString(tmp.resolve("tsa.pem"), pem(pki.tsa.getEncoded()));
        Path key = Files.writeString(
                tmp.resolve("tsa.key"),
                pem("PRIVATE KEY", pki.tsaKey.getPrivate().getEncoded()));
        Files.writeString(tmp.resolve("serial"), "01\n");
        Path config = Files.writeString(
                tmp.resolve("tsa.cnf"),
                String.join(
                        "\n",
                        "[ tsa ]",
                        "default_tsa = jeli",
                        "[ jeli ]",
                        "serial = " + tmp.resolve("serial"),
                        "signer_cert = " + cert,
                        "signer_key = " + key,
                        "signer_digest = sha256",
                        "default_policy = 1.3.6.1.4.1.55555.1.2",
                        "digests = sha256",
                        "ess_cert_id_alg = sha256",
                        ""));
        Path response = tmp.resolve("resp.tsr");
        Result issued = run(List.of(
                "openssl",
                "ts",
                "-reply",
                "-config",
                config.toString(),
                "-queryfile",
                query.toString(),
                "-out",
                response.toString()));
        assertThat(issued.exit).as(issued.output).isZero();

        TimestampVerifier verifier = new TimestampVerifier(List.of(pki.root));
        TimestampVerification result = verifier.verify(Files.readAllBytes(response), imprint, request.nonce());
        assertThat(result.status()).as(result.detail()).isEqualTo(TimestampStatus.VALID);
        assertThat(result.tsaName()).contains("CN=OpenSSL TSA Test TSA");
        assertThat(verifier.verify(Files.readAllBytes(response), imprint, java.math.BigInteger.ONE)
                        .status())
                .isEqualTo(TimestampStatus.WRONG_NONCE);
    }

    private record Result(int exit, String output) {}

    private Result run(List<String> command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(new ArrayList<>(command))
                    .redirectErrorStream(true)
                    .start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "timed out");
            }
            return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        }
    }

    private static String pem(byte[] der) {
        return pem("CERTIFICATE", der);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
