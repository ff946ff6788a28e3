package org.jeli.metadata.process;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.jar.JarFile;

/**
 * The command line of a parse-worker process: the same {@code java} binary and the same code as the
 * service, with its own heap. From the packaged archive ({@code java -jar quarkus-run.jar}) the
 * worker is the {@code parse-worker} sub-command of the same jar; from a class path (tests, IDE) it
 * is {@value #WORKER_MAIN}. The worker gets no network of its own to speak of: every proxy setting
 * points at a closed local port, so an accidental outbound connection fails fast. This is not a
 * sandbox (see SECURITY.md).
 */
public record ChildCommand(List<String> command) {

    public static final String WORKER_MAIN = "org.jeli.metadata.tika.ParseWorkerMain";
    static final String SUB_COMMAND = "parse-worker";
    private static final String QUARKUS_ENTRY = "io.quarkus.bootstrap.runner.QuarkusEntryPoint";

    public ChildCommand {
        command = List.copyOf(command);
    }

    /** The command for this JVM's code, with heap {@code maxHeap} (for example {@code 256m}). */
    public static ChildCommand forThisJvm(String maxHeap) {
        Objects.requireNonNull(maxHeap, "maxHeap");
        if (!maxHeap.matches("[1-9][0-9]{0,6}[kKmMgG]")) {
            throw new IllegalArgumentException("max heap must look like 256m");
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(javaBinary());
        cmd.add("-Xmx" + maxHeap);
        cmd.add("-Xss4m");
        cmd.add("-XX:+ExitOnOutOfMemoryError");
        cmd.add("-XX:+DisplayVMOutputToStderr"); // the JVM's own messages must not enter the pipe
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-XX:+DisableAttachMechanism");
        cmd.add("-XX:-HeapDumpOnOutOfMemoryError");
        if (Files.exists(Path.of("/dev/null"))) {
            cmd.add("-XX:ErrorFile=/dev/null"); // a crash report would hold memory: evidence bytes
        }
        cmd.add("-Djava.awt.headless=true");
        cmd.add("-Djava.net.preferIPv4Stack=true");
        cmd.add("-Djava.net.useSystemProxies=false");
        for (String proxy : List.of("http", "https", "ftp", "socks")) {
            cmd.add("-D" + proxy + "ProxyHost=127.0.0.1");
            cmd.add("-D" + proxy + "ProxyPort=9");
        }
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
        // Workers run in the temporary folder: a class path given relative to the service's working
        // directory (`java -jar target/quarkus-app/quarkus-run.jar`, as ./jeli starts it) must be absolute.
        String classPath = absolute(System.getProperty("java.class.path", ""));
        if (isQuarkusRunJar(classPath)) {
            cmd.add("-jar");
            cmd.add(classPath);
            cmd.add(SUB_COMMAND);
        } else {
            cmd.add("-cp");
            cmd.add(classPath);
            cmd.add(WORKER_MAIN);
        }
        return new ChildCommand(cmd);
    }

    /** Each entry of a class path made absolute against the working directory. */
    static String absolute(String classPath) {
        if (classPath.isEmpty()) {
            return classPath;
        }
        List<String> entries = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator, -1)) {
            entries.add(
                    entry.isEmpty() ? entry : Path.of(entry).toAbsolutePath().toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    static String javaBinary() {
        return ProcessHandle.current()
                .info()
                .command()
                .filter(c -> Files.isExecutable(Path.of(c)))
                .orElseGet(() ->
                        Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** Whether the class path is a single Quarkus fast-jar launcher ({@code quarkus-run.jar}). */
    static boolean isQuarkusRunJar(String classPath) {
        if (classPath.isEmpty() || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return false;
        }
        try (JarFile jar = new JarFile(classPath)) {
            return jar.getManifest() != null
                    && QUARKUS_ENTRY.equals(
                            jar.getManifest().getMainAttributes().getValue("Main-Class"));
        } catch (IOException e) {
            return false;
        }
    }
}
