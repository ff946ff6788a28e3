package org.jeli.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Puts the blob store on a 4 MiB tmpfs so that a real "No space left on device" happens. Needs
 * root (as CI and the development machines here run); elsewhere the tests that need it are skipped
 * with a message, never silently passed.
 */
public class SmallDiskResource implements QuarkusTestResourceLifecycleManager {
    public static final String AVAILABLE = "jeli.test.small-disk";
    private Path mountPoint;

    @Override
    public Map<String, String> start() {
        try {
            mountPoint = Files.createTempDirectory("jeli-small-disk");
            Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mountPoint.toString())
                    .redirectErrorStream(true)
                    .start();
            boolean mounted = p.waitFor() == 0;
            return Map.of(
                    "jeli.storage.root", mountPoint.resolve("blobs").toString(), AVAILABLE, String.valueOf(mounted));
        } catch (IOException e) {
            return Map.of(AVAILABLE, "false");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of(AVAILABLE, "false");
        }
    }

    @Override
    public void stop() {
        if (mountPoint != null) {
            try {
                new ProcessBuilder("umount", "-l", mountPoint.toString())
                        .start()
                        .waitFor();
            } catch (IOException e) {
                // nothing left to clean
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
