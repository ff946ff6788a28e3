package org.jeli.platform;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Offline commands refuse to run while the archive (its embedded database) is running. */
public final class OfflineCheck {
    private OfflineCheck() {}

    public static boolean running(Path dataDir, PrintStream out) {
        if (Files.exists(dataDir.resolve("postgres").resolve("postmaster.pid"))) {
            out.println("The archive seems to be running (its database is). Stop it first.");
            return true;
        }
        return false;
    }
}
