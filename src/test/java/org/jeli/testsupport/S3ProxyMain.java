package org.jeli.testsupport;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;

/**
 * S3Proxy as a process, over jclouds' filesystem store (objects are files under a folder), for
 * {@code bench/s3-throughput}: {@code S3ProxyMain <folder> <port> <bucket>}. Runs until killed.
 */
public final class S3ProxyMain {
    private S3ProxyMain() {}

    public static void main(String[] args) throws Exception {
        Path base = Path.of(args[0]);
        Files.createDirectories(base.resolve(args[2]));
        Properties properties = new Properties();
        properties.setProperty("jclouds.filesystem.basedir", base.toString());
        BlobStoreContext context = ContextBuilder.newBuilder(new org.jclouds.filesystem.FilesystemApiMetadata())
                .credentials("identity", "credential")
                .overrides(properties)
                .build(BlobStoreContext.class);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(context.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:" + Integer.parseInt(args[1])))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY)
                .build();
        proxy.start();
        Thread.currentThread().join();
    }
}
