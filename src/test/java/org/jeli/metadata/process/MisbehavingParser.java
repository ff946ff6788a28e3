package org.jeli.metadata.process;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.ContentHandler;

/**
 * Test only: a Tika parser that misbehaves as its file's first bytes say ({@code JELI-TEST-HANG},
 * {@code -OOM}, {@code -THROW}, {@code -EXIT}, {@code -FLOOD}, {@code -ENV}). Registered through the
 * test class path's service files (with its {@link Detector}), so only parse-worker processes
 * started by tests know it.
 */
public final class MisbehavingParser implements Parser {

    private static final long serialVersionUID = 1L;
    static final String PREFIX = "application/x-jeli-test-";

    /** Test only: gives files starting with {@code JELI-TEST-<BEHAVIOUR>} the test parser's types. */
    public static final class Detector implements org.apache.tika.detect.Detector {
        private static final long serialVersionUID = 1L;

        @Override
        public MediaType detect(InputStream input, Metadata metadata) throws java.io.IOException {
            if (input == null) {
                return MediaType.OCTET_STREAM;
            }
            input.mark(32);
            try {
                byte[] head = input.readNBytes(32);
                String text = new String(head, java.nio.charset.StandardCharsets.US_ASCII);
                java.util.regex.Matcher m =
                        java.util.regex.Pattern.compile("^JELI-TEST-([A-Z]+)").matcher(text);
                return m.find()
                        ? MediaType.parse(PREFIX + m.group(1).toLowerCase(java.util.Locale.ROOT))
                        : MediaType.OCTET_STREAM;
            } finally {
                input.reset();
            }
        }
    }

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Set.of(
                MediaType.parse(PREFIX + "hang"),
                MediaType.parse(PREFIX + "oom"),
                MediaType.parse(PREFIX + "throw"),
                MediaType.parse(PREFIX + "exit"),
                MediaType.parse(PREFIX + "flood"),
                MediaType.parse(PREFIX + "env"));
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws TikaException {
        String type = String.valueOf(metadata.get(Metadata.CONTENT_TYPE));
        switch (type.substring(type.lastIndexOf('-') + 1)) {
            case "hang" -> {
                for (; ; ) { // ignores interruption, as a parser in an endless loop would
                    LockSupport.parkNanos(1_000_000_000L);
                }
            }
            case "oom" -> {
                List<long[]> hoard = new ArrayList<>();
                for (; ; ) {
                    hoard.add(new long[1 << 20]);
                }
            }
            case "throw" -> throw new IllegalStateException("deliberately broken");
            case "exit" -> System.exit(42);
            case "flood" -> {
                for (int i = 0; i < 200; i++) {
                    for (int j = 0; j < 10; j++) {
                        metadata.add("test:flood-" + i, "x".repeat(8000));
                    }
                }
            }
            case "env" ->
                metadata.set(
                        "test:environment",
                        String.join(",", new java.util.TreeSet<>(System.getenv().keySet())));
            default -> throw new TikaException("unknown test type");
        }
    }
}
