package org.jeli.metadata.tika;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.tika.detect.Detector;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.jeli.metadata.ExtractionOutcome;
import org.jeli.metadata.ExtractionResult;
import org.jeli.metadata.tika.ParseFailures.Failure;

/**
 * One parse of one stored file, run on a worker thread (in a parse-worker process: its only thread). Reads the file in place (Tika gets the
 * path, so it does not spool a copy), bounds text and embedded documents, and turns every failure
 * into an outcome. Publishes the detected type first, so a caller that gives up on the time limit
 * still knows it.
 */
class ParseJob implements Callable<ExtractionResult> {

    private static final String EMPTY_PARSER = EmptyParser.class.getName();

    private final Parser parser;
    private final Detector detector;
    private final TikaLimits limits;
    private final Path storedFile;
    private final String fileNameHint;
    private final AtomicReference<String> detectedType;

    ParseJob(
            Parser parser,
            Detector detector,
            TikaLimits limits,
            Path storedFile,
            String fileNameHint,
            AtomicReference<String> detectedType) {
        this.parser = parser;
        this.detector = detector;
        this.limits = limits;
        this.storedFile = storedFile;
        this.fileNameHint = fileNameHint;
        this.detectedType = detectedType;
    }

    @Override
    public ExtractionResult call() throws IOException {
        detectedType.set(new DetectJob(detector, storedFile, fileNameHint).call());
        detected(detectedType.get());
        Metadata metadata = DetectJob.hintMetadata(fileNameHint);
        BoundedTextHandler text = new BoundedTextHandler(limits.maxTextChars());
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        LimitingEmbeddedDocumentExtractor embedded = new LimitingEmbeddedDocumentExtractor(
                context, limits.maxEmbeddedResources(), limits.maxEmbeddedDepth());
        context.set(EmbeddedDocumentExtractor.class, embedded);
        Failure failure = null;
        try (TikaInputStream in = TikaInputStream.get(storedFile)) {
            parser.parse(in, new BodyContentHandler(text), metadata, context);
        } catch (Throwable t) { // a hostile file may provoke any error; none may escape
            failure = ParseFailures.classify(t, storedFile);
        }
        RawMetadata raw = RawMetadata.from(metadata);
        String mediaType = failure == null ? mediaType(raw.first(Metadata.CONTENT_TYPE)) : detectedType.get();
        Failure outcome = failure != null ? failure : outcomeOfCompleteParse(raw, text, embedded, mediaType);
        return new ExtractionResult(
                outcome == null ? ExtractionOutcome.OK : outcome.outcome(),
                outcome == null ? null : outcome.detail(),
                TikaNormalizer.normalize(mediaType, raw),
                raw.asMap(),
                SafeText.bounded(text.text(), limits.maxTextChars()));
    }

    /** Called with the detected type before parsing starts; a parse-worker sends it to the parent. */
    void detected(String type) throws IOException {}

    private Failure outcomeOfCompleteParse(
            RawMetadata raw, BoundedTextHandler text, LimitingEmbeddedDocumentExtractor embedded, String type) {
        if (raw.values(TikaCoreProperties.TIKA_PARSED_BY.getName()).contains(EMPTY_PARSER)) {
            return new Failure(ExtractionOutcome.UNSUPPORTED, "no parser for " + type);
        }
        if (text.limitReached()) {
            return new Failure(
                    ExtractionOutcome.LIMIT, "text limit of " + limits.maxTextChars() + " characters reached");
        }
        if (embedded.limitReached()) {
            return new Failure(ExtractionOutcome.LIMIT, "embedded document limit reached");
        }
        return null;
    }

    /** The type the parser settled on (it may refine the detected one), never with parameters. */
    private String mediaType(String stated) {
        MediaType parsed = stated == null ? null : MediaType.parse(stated);
        return parsed == null ? detectedType.get() : parsed.getBaseType().toString();
    }
}
