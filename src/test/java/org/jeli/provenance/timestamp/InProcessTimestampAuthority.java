package org.jeli.provenance.timestamp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * An RFC 3161 authority on 127.0.0.1 (ephemeral port) built with Bouncy Castle's {@code
 * TimeStampTokenGenerator} and {@code TimeStampResponseGenerator}, signing with a {@link TestPki}
 * TSA key at the injected clock's time. {@link #misbehave} switches it into one fault at a time.
 */
final class InProcessTimestampAuthority implements AutoCloseable {
    static final ASN1ObjectIdentifier POLICY = new ASN1ObjectIdentifier("1.3.6.1.4.1.55555.1.1");

    /** The faults it can serve. */
    enum Misbehaviour {
        NONE,
        WRONG_NONCE,
        WRONG_IMPRINT,
        REJECT,
        EXPIRED_CERT,
        NOT_A_TSA_CERT,
        OVERSIZED_STREAMED,
        OVERSIZED_DECLARED,
        HTTP_500,
        GARBAGE,
        STALL
    }

    private final TestPki pki;
    private final Clock clock;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch released = new CountDownLatch(1);
    private final AtomicLong serials = new AtomicLong(1000);
    private volatile Misbehaviour misbehaviour = Misbehaviour.NONE;
    private volatile String lastContentType;
    private volatile TimeStampRequest lastRequest;

    private InProcessTimestampAuthority(TestPki pki, Clock clock) throws IOException {
        this.pki = pki;
        this.clock = clock;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/tsa", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static InProcessTimestampAuthority start(TestPki pki, Clock clock) throws IOException {
        return new InProcessTimestampAuthority(pki, clock);
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa");
    }

    void misbehave(Misbehaviour m) {
        misbehaviour = m;
    }

    String lastContentType() {
        return lastContentType;
    }

    TimeStampRequest lastRequest() {
        return lastRequest;
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            lastContentType = exchange.getRequestHeaders().getFirst("Content-Type");
            TimeStampRequest request =
                    new TimeStampRequest(exchange.getRequestBody().readNBytes(16 * 1024));
            lastRequest = request;
            switch (misbehaviour) {
                case HTTP_500 -> exchange.sendResponseHeaders(500, -1);
                case GARBAGE ->
                    reply(exchange, "this is not ASN.1".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                case OVERSIZED_DECLARED -> reply(exchange, new byte[1 << 20]);
                case OVERSIZED_STREAMED -> stream(exchange, 1 << 20);
                case STALL -> stall(exchange);
                default -> reply(exchange, respond(request));
            }
        } catch (Exception e) {
            if (!(e instanceof IOException)) {
                throw new IOException(e);
            }
        }
    }

    private byte[] respond(TimeStampRequest request) throws Exception {
        BigInteger serial = BigInteger.valueOf(serials.incrementAndGet());
        Date genTime = Date.from(clock.instant());
        switch (misbehaviour) {
            case REJECT:
                return responder(pki.tsa)
                        .generateFailResponse(PKIStatus.REJECTION, PKIFailureInfo.badAlg, "refused for a test")
                        .getEncoded();
            case NOT_A_TSA_CERT:
                return UnvalidatedTokenSigner.grantedResponse(
                        request, POLICY, serial, genTime, pki.tsaKey.getPrivate(), pki.notATsa);
            case WRONG_NONCE:
                request = request(
                        request.getMessageImprintDigest(), request.getNonce().add(BigInteger.ONE));
                break;
            case WRONG_IMPRINT:
                byte[] other = request.getMessageImprintDigest();
                other[0] ^= 1;
                request = request(other, request.getNonce());
                break;
            default:
                break;
        }
        X509Certificate cert = misbehaviour == Misbehaviour.EXPIRED_CERT ? pki.expiredTsa : pki.tsa;
        return responder(cert).generate(request, serial, genTime).getEncoded();
    }

    private TimeStampResponseGenerator responder(X509Certificate cert) throws Exception {
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withECDSA", pki.tsaKey.getPrivate(), cert),
                new JcaDigestCalculatorProviderBuilder()
                        .build()
                        .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                POLICY);
        tokens.addCertificates(new JcaCertStore(List.of(cert)));
        return new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
    }

    private static TimeStampRequest request(byte[] imprint, BigInteger nonce) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        return generator.generate(TSPAlgorithms.SHA256, imprint, nonce);
    }

    private static void reply(HttpExchange exchange, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/timestamp-reply");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
    }

    /** Sends {@code total} bytes with chunked encoding: no Content-Length warns the client. */
    private static void stream(HttpExchange exchange, int total) throws IOException {
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        byte[] chunk = new byte[8192];
        for (int sent = 0; sent < total; sent += chunk.length) {
            out.write(chunk);
            out.flush();
        }
    }

    private void stall(HttpExchange exchange) throws IOException {
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exchange.sendResponseHeaders(503, -1);
    }
}
