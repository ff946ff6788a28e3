package org.jeli.platform.crash;

/**
 * One kind of client traffic the crash harness runs while it kills the archive: {@link
 * MultipartUploads}, {@link TusUploads} and {@link ChatImports}, listed in {@link
 * CrashConsistencyIT#workloads}.
 */
interface Workload {
    /** A name for the report. */
    String name();

    /**
     * Sends requests until the archive dies under it (an {@link java.io.IOException} ends the loop
     * quietly) or {@code stop} says so; records what was acknowledged in the ledger.
     */
    void run(JeliHttp http, Ledger ledger, java.util.Random random, java.util.function.BooleanSupplier stop);
}
