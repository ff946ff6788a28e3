package org.jeli.metadata.tika;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.tika.exception.AccessPermissionException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.ZeroByteFileException;
import org.jeli.metadata.ExtractionOutcome;
import org.xml.sax.SAXException;

/**
 * Maps whatever a parser threw to an outcome and a short, safe detail. The detail names a category
 * and, for Tika's own exceptions, the message of the innermost cause, stripped of control
 * characters and object hashes and cut to {@value #MAX_MESSAGE} characters. Messages of arbitrary
 * runtime exceptions are never used, since they may quote file content.
 */
final class ParseFailures {

    static final int MAX_MESSAGE = 200;
    private static final Pattern OBJECT_HASH = Pattern.compile("@[0-9a-fA-F]{4,}\\b");

    /** An outcome other than OK, with its detail. */
    record Failure(ExtractionOutcome outcome, String detail) {}

    private ParseFailures() {}

    /** Classifies {@code t}; the stored file's path and name never appear in the detail. */
    static Failure classify(Throwable t, Path storedFile) {
        Failure failure = classify(t);
        String detail = failure.detail().replace(storedFile.toString(), "<file>");
        Path name = storedFile.getFileName();
        if (name != null && name.toString().length() > 3) {
            detail = detail.replace(name.toString(), "<file>");
        }
        return new Failure(failure.outcome(), detail);
    }

    static Failure classify(Throwable t) {
        if (t instanceof EncryptedDocumentException) {
            return new Failure(ExtractionOutcome.ENCRYPTED, "encrypted document");
        }
        if (t instanceof AccessPermissionException) {
            return new Failure(ExtractionOutcome.ENCRYPTED, "content access restricted by the document");
        }
        if (t instanceof ZeroByteFileException) {
            return new Failure(ExtractionOutcome.UNSUPPORTED, "empty file");
        }
        if (t instanceof UnsupportedFormatException) {
            return new Failure(ExtractionOutcome.UNSUPPORTED, withMessage("unsupported format", t));
        }
        if (t instanceof TikaException && suspectsZipBomb(t)) {
            return new Failure(ExtractionOutcome.LIMIT, "suspected zip bomb");
        }
        if (t instanceof TikaException || t instanceof SAXException) {
            return new Failure(ExtractionOutcome.FAILED, withMessage("parser error", t));
        }
        if (t instanceof IOException) {
            return new Failure(ExtractionOutcome.FAILED, withMessage("read error", t));
        }
        if (t instanceof StackOverflowError) {
            return new Failure(ExtractionOutcome.FAILED, "parser error: stack overflow");
        }
        if (t instanceof OutOfMemoryError) {
            return new Failure(ExtractionOutcome.FAILED, "parser error: out of memory");
        }
        return new Failure(ExtractionOutcome.FAILED, "parser error: " + typeName(t));
    }

    /** Whether Tika's secure content handler stopped the parse anywhere in the cause chain. */
    private static boolean suspectsZipBomb(Throwable t) {
        int hops = 0;
        for (Throwable c = t; c != null && hops < 16; c = c.getCause(), hops++) {
            if (String.valueOf(c.getMessage())
                    .toLowerCase(java.util.Locale.ROOT)
                    .contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }

    /** A message made safe to store and show: one line, no object hashes, bounded. */
    static String clean(String message) {
        return SafeText.oneLine(OBJECT_HASH.matcher(message).replaceAll(""), MAX_MESSAGE);
    }

    private static String withMessage(String category, Throwable t) {
        String message = innermostMessage(t);
        return message == null ? category + ": " + typeName(t) : category + ": " + clean(message);
    }

    private static String innermostMessage(Throwable t) {
        String message = null;
        int hops = 0;
        for (Throwable c = t; c != null && hops < 16; c = c.getCause(), hops++) {
            if (c.getMessage() != null && !c.getMessage().isBlank()) {
                message = c.getMessage();
            }
        }
        return message;
    }

    /** The simple name of a library or JDK exception type; never a name from Jeli's own code. */
    private static String typeName(Throwable t) {
        Class<?> type = t.getClass();
        while (type.getSimpleName().isEmpty() && type.getSuperclass() != null) {
            type = type.getSuperclass(); // anonymous subclass: name what it extends
        }
        return type.getName().startsWith("org.jeli.") ? "internal error" : type.getSimpleName();
    }
}
