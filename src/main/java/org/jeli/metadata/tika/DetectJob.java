package org.jeli.metadata.tika;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * Detects one stored file's media type from its content, with the original file name only as a
 * hint for content that the magic bytes leave ambiguous. An empty file has no content type. Any
 * failure yields {@value #OCTET_STREAM}.
 */
final class DetectJob implements Callable<String> {

    static final String OCTET_STREAM = "application/octet-stream";

    private final Detector detector;
    private final Path storedFile;
    private final String fileNameHint;

    DetectJob(Detector detector, Path storedFile, String fileNameHint) {
        this.detector = detector;
        this.storedFile = storedFile;
        this.fileNameHint = fileNameHint;
    }

    @Override
    public String call() {
        try {
            if (Files.size(storedFile) == 0) {
                return OCTET_STREAM;
            }
            try (TikaInputStream in = TikaInputStream.get(storedFile)) {
                return detector.detect(in, hintMetadata(fileNameHint))
                        .getBaseType()
                        .toString();
            }
        } catch (Exception | StackOverflowError e) {
            return OCTET_STREAM;
        }
    }

    /** Metadata carrying only the base name of the hint, which Tika uses for name-based refinement. */
    static Metadata hintMetadata(String fileNameHint) {
        Metadata metadata = new Metadata();
        if (fileNameHint != null) {
            int slash = Math.max(fileNameHint.lastIndexOf('/'), fileNameHint.lastIndexOf('\\'));
            String name = SafeText.oneLine(fileNameHint.substring(slash + 1), 255);
            if (!name.isEmpty()) {
                metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
            }
        }
        return metadata;
    }
}
