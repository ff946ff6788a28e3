import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.cli.TikaCLI;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.apache.tika.sax.RecursiveParserWrapperHandler;
import org.apache.tika.serialization.JsonMetadataList;

/**
 * The baseline of bench/metadata-extraction: Apache Tika's tika-app on the same files, in this one
 * warm JVM, with a clock read around each file. Run with tika-app's jar as the class path:
 *
 * <pre>java -cp tika-app.jar bench/tools/TikaAppTimes.java LIST ROUNDS OUT_DIR TIMES [READY GO]</pre>
 *
 * LIST has one "TYPE PHASE PATH" line per file (PHASE warm or measure). Each file is timed two ways:
 *
 * <ul>
 *   <li>{@code reused}: what {@code tika-app -J -t FILE} does for one file (RecursiveParserWrapper
 *       over an AutoDetectParser, a text handler per document, the metadata list of the file and
 *       its embedded documents written as JSON to a file), with the parser built once, as a batch
 *       consumer or a server keeps it. This is the figure's baseline.
 *   <li>{@code cli}: tika-app's own TikaCLI with {@code -J -t}, as {@code java -jar tika-app.jar -J
 *       -t FILE...} runs it; TikaCLI builds its TikaConfig and parser anew for every file.
 * </ul>
 *
 * Every warm file is parsed once first, the {@code reused} way (class loading and JIT; Jeli's
 * parse-worker gets the same warm-up files once); then, when READY and GO are given, READY is
 * created and the measured files wait until GO exists (so that the warm-up can overlap the service's
 * start, but no measurement overlaps the other side's). Every measured file is then timed ROUNDS
 * times {@code reused}, and after that once {@code cli}; TIMES gets one "TYPE WAY SECONDS" line per
 * parse.
 */
public final class TikaAppTimes {
    private static final PrintStream STDOUT = System.out;

    public static void main(String[] args) throws Exception {
        List<String[]> files = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (!line.isBlank()) {
                files.add(line.split(" ", 3));
            }
        }
        int rounds = Integer.parseInt(args[1]);
        Path out = Files.createDirectories(Path.of(args[2]));
        TikaConfig config = TikaConfig.getDefaultConfig();
        Parser parser = new AutoDetectParser(config);
        TikaCLI cli = new TikaCLI();
        cli.process("-J");
        cli.process("-t");
        int n = 0;
        for (String[] f : files) {
            if (f[1].equals("warm")) {
                reused(config, parser, Path.of(f[2]), out.resolve("warm-" + n++ + ".json"));
            }
        }
        if (args.length > 5) {
            Files.createFile(Path.of(args[4]));
            while (!Files.exists(Path.of(args[5]))) {
                Thread.sleep(20);
            }
        }
        try (PrintWriter times = new PrintWriter(args[3], "UTF-8")) {
            for (int r = 0; r < rounds; r++) {
                for (String[] f : files) {
                    if (f[1].equals("measure")) {
                        long t0 = System.nanoTime();
                        reused(config, parser, Path.of(f[2]), out.resolve(n++ + ".json"));
                        times.printf("%s reused %.6f%n", f[0], (System.nanoTime() - t0) / 1e9);
                    }
                }
            }
            // Afterwards, so that it does not warm this JVM more than Jeli's workers are warmed.
            for (String[] f : files) {
                if (f[1].equals("measure")) {
                    long t0 = System.nanoTime();
                    cli(cli, f[2], out.resolve("cli-" + n++ + ".json"));
                    times.printf("%s cli %.6f%n", f[0], (System.nanoTime() - t0) / 1e9);
                }
            }
        }
    }

    /** TikaCLI.handleRecursiveJson with -t, the parser built once. */
    private static void reused(TikaConfig config, Parser parser, Path file, Path json) throws Exception {
        Metadata metadata = new Metadata();
        RecursiveParserWrapper wrapper = new RecursiveParserWrapper(parser);
        RecursiveParserWrapperHandler handler = new RecursiveParserWrapperHandler(
                new BasicContentHandlerFactory(BasicContentHandlerFactory.HANDLER_TYPE.TEXT, -1),
                -1,
                config.getMetadataFilter());
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            wrapper.parse(in, handler, metadata, context);
        }
        try (Writer w = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
            JsonMetadataList.toJson(config.getMetadataListFilter().filter(handler.getMetadataList()), w);
        }
    }

    /** tika-app's TikaCLI on one file, its standard output going to a file. */
    private static void cli(TikaCLI cli, String file, Path json) throws Exception {
        try (PrintStream o = new PrintStream(new FileOutputStream(json.toFile()), false, "UTF-8")) {
            System.setOut(o);
            cli.process(file);
        } finally {
            System.setOut(STDOUT);
        }
    }
}
