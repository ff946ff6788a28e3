package org.jeli.metadata.tika;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/** Parsers that misbehave on purpose, for the extractor's limit and failure handling. */
final class TestParsers {

    private TestParsers() {}

    /** The body of a test parser. */
    @FunctionalInterface
    interface Body {
        void parse(ContentHandler handler, Metadata metadata) throws Exception;
    }

    static Parser of(Body body) {
        return new Parser() {
            @Override
            public Set<MediaType> getSupportedTypes(ParseContext context) {
                return Set.of(MediaType.OCTET_STREAM);
            }

            @Override
            public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
                    throws IOException, SAXException, TikaException {
                try {
                    body.parse(handler, metadata);
                } catch (IOException | SAXException | TikaException | RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    /** Blocks until interrupted, then counts {@code interrupted} down. */
    static Parser hanging(CountDownLatch interrupted) {
        return of((handler, metadata) -> {
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Writes {@code chars} characters of body text, then one more metadata value. */
    static Parser writing(int chars) {
        return of((handler, metadata) -> {
            XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
            xhtml.startDocument();
            xhtml.element("p", "x".repeat(chars));
            xhtml.endDocument();
            metadata.set("test:after-text", "still parsed");
        });
    }

    /** Recurses until the stack overflows. */
    static Parser overflowing() {
        return of((handler, metadata) -> recurse(1));
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }
}
