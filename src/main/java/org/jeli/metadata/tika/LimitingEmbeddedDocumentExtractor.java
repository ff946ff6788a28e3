package org.jeli.metadata.tika;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Parses embedded documents (attachments, archive entries) through Tika's own extractor, but only
 * up to a number of documents and a nesting depth; beyond them embedded documents are skipped and
 * the limit is recorded. One instance per parse: the parse context is shared by nested parses, so
 * the count and depth cover the whole tree.
 */
final class LimitingEmbeddedDocumentExtractor implements EmbeddedDocumentExtractor {

    private final EmbeddedDocumentExtractor delegate;
    private final int maxResources;
    private final int maxDepth;
    private int parsed;
    private int depth;
    private boolean limitReached;

    LimitingEmbeddedDocumentExtractor(ParseContext context, int maxResources, int maxDepth) {
        this.delegate = new ParsingEmbeddedDocumentExtractor(context);
        this.maxResources = maxResources;
        this.maxDepth = maxDepth;
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        if (parsed >= maxResources || depth >= maxDepth) {
            limitReached = true;
            return false;
        }
        return delegate.shouldParseEmbedded(metadata);
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        if (parsed >= maxResources || depth >= maxDepth) {
            limitReached = true;
            return;
        }
        parsed++;
        depth++;
        try {
            delegate.parseEmbedded(stream, handler, metadata, outputHtml);
        } finally {
            depth--;
        }
    }

    boolean limitReached() {
        return limitReached;
    }
}
