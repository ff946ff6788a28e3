import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jeli.metadata.ExtractionResult;
import org.jeli.metadata.process.ChildCommand;
import org.jeli.metadata.process.ProcessLimits;
import org.jeli.metadata.process.ProcessMetadataExtractor;

/**
 * Part of bench/metadata-extraction: Jeli's pool of parse-worker processes alone, without the
 * service around it. The very class the service uses (ProcessMetadataExtractor with the default
 * jeli.metadata.* limits: -Xmx256m workers), from the packaged jar's own libraries; its workers run
 * as {@code java -cp <those libraries> org.jeli.metadata.tika.ParseWorkerMain}, or, when RUN_JAR
 * is given, exactly as the service starts them: {@code java ... -jar quarkus-run.jar parse-worker}.
 * Run:
 *
 * <pre>java -cp 'quarkus-app/app/*:quarkus-app/lib/main/*' bench/tools/PoolTimes.java LIST ROUNDS TIMES [RUN_JAR]</pre>
 *
 * LIST is the "TYPE PHASE PATH" list of TikaAppTimes: the warm files once, then every measured file
 * ROUNDS times, one at a time; TIMES gets one "TYPE SECONDS OUTCOME" line per measured extraction.
 */
public final class PoolTimes {
    public static void main(String[] args) throws Exception {
        List<String[]> files = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (!line.isBlank()) {
                files.add(line.split(" ", 3));
            }
        }
        int rounds = Integer.parseInt(args[1]);
        ProcessLimits limits = ProcessLimits.defaults();
        List<String> command = new ArrayList<>(ChildCommand.forThisJvm(limits.maxHeap()).command());
        if (args.length > 3) { // the service's worker command: java ... -jar quarkus-run.jar parse-worker
            int cp = command.indexOf("-cp");
            command.subList(cp, command.size()).clear();
            command.addAll(List.of("-jar", Path.of(args[3]).toAbsolutePath().toString(), "parse-worker"));
        }
        try (ProcessMetadataExtractor pool = new ProcessMetadataExtractor(limits, new ChildCommand(command));
                PrintWriter times = new PrintWriter(args[2], "UTF-8")) {
            for (String[] f : files) {
                if (f[1].equals("warm")) {
                    pool.extract(Path.of(f[2]), null);
                }
            }
            for (int r = 0; r < rounds; r++) {
                for (String[] f : files) {
                    if (f[1].equals("measure")) {
                        long t0 = System.nanoTime();
                        ExtractionResult result = pool.extract(Path.of(f[2]), null);
                        times.printf("%s %.6f %s%n", f[0], (System.nanoTime() - t0) / 1e9, result.outcome());
                    }
                }
            }
        }
    }
}
