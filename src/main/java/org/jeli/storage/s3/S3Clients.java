package org.jeli.storage.s3;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Builds the S3 client: a configurable endpoint (MinIO, Ceph RGW, Garage; none for AWS), path-style
 * addressing by default (bucket in the path, so no wildcard DNS is needed), the JDK's {@code
 * HttpURLConnection} as transport (no Netty), and checksums only where S3 requires them (every
 * S3-compatible server understands that; the store sends its own Content-MD5 per part).
 */
public final class S3Clients {
    private S3Clients() {}

    /**
     * @param accessKey with {@code secretKey}: static credentials (from the environment or files);
     *     when either is missing, the AWS SDK's default chain (environment {@code AWS_*}, instance
     *     or container role)
     */
    public static S3Client create(
            Optional<URI> endpoint,
            String region,
            boolean pathStyle,
            Optional<String> accessKey,
            Optional<String> secretKey) {
        var builder = S3Client.builder()
                .region(Region.of(region))
                .forcePathStyle(pathStyle)
                .credentialsProvider(credentials(accessKey, secretKey))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(Duration.ofMinutes(2)));
        endpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(Optional<String> accessKey, Optional<String> secretKey) {
        if (accessKey.filter(k -> !k.isBlank()).isPresent()
                && secretKey.filter(k -> !k.isBlank()).isPresent()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(
                    accessKey.get().strip(), secretKey.get().strip()));
        }
        return DefaultCredentialsProvider.builder().build();
    }
}
