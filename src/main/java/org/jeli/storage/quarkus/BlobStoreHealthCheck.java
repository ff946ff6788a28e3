package org.jeli.storage.quarkus;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jeli.storage.BlobStore;

/** Ready only while the blob store accepts a durable write. */
@Readiness
@ApplicationScoped
public class BlobStoreHealthCheck implements HealthCheck {
    private final BlobStore blobs;

    public BlobStoreHealthCheck(BlobStore blobs) {
        this.blobs = blobs;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            blobs.checkWritable();
            return HealthCheckResponse.up("blob store writable");
        } catch (Exception e) {
            return HealthCheckResponse.named("blob store writable")
                    .down()
                    .withData("reason", e.getClass().getSimpleName())
                    .build();
        }
    }
}
