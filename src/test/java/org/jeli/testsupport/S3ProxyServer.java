package org.jeli.testsupport;

import java.net.URI;
import java.util.Properties;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3 endpoint in this process: S3Proxy on 127.0.0.1 at a free port, checking AWS signatures
 * (V2 or V4) for one key pair, over jclouds' in-memory ("transient") store. Each instance is a new,
 * empty server.
 */
public final class S3ProxyServer implements AutoCloseable {
    public static final String ACCESS_KEY = "jeli-test-access";
    public static final String SECRET_KEY = "jeli-test-secret-0123456789";

    private final S3Proxy proxy;
    private final BlobStoreContext context;

    private S3ProxyServer(S3Proxy proxy, BlobStoreContext context) {
        this.proxy = proxy;
        this.context = context;
    }

    public static S3ProxyServer start() throws Exception {
        return start(false);
    }

    /**
     * @param ignoreUnknownHeaders accept headers S3Proxy does not implement (Object Lock's) instead
     *     of refusing the request
     */
    public static S3ProxyServer start(boolean ignoreUnknownHeaders) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("jclouds.regions", "us-east-1");
        BlobStoreContext context = ContextBuilder.newBuilder(new org.jclouds.blobstore.TransientApiMetadata())
                .credentials("identity", "credential")
                .overrides(properties)
                .build(BlobStoreContext.class);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(context.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .ignoreUnknownHeaders(ignoreUnknownHeaders)
                .build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.onSpinWait();
        }
        return new S3ProxyServer(proxy, context);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    /** A client of this server with the test credentials, path-style. */
    public S3Client client() {
        return org.jeli.storage.s3.S3Clients.create(
                java.util.Optional.of(endpoint()),
                "us-east-1",
                true,
                java.util.Optional.of(ACCESS_KEY),
                java.util.Optional.of(SECRET_KEY));
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
        context.close();
    }
}
