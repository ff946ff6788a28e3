package org.jeli.metadata;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of running an extractor over one stored file.
 *
 * @param outcome what happened
 * @param detail a short, safe description of a failure (never file content); {@code null} when OK
 * @param normalized the normalised fields (at least the media type)
 * @param raw every metadata key the parser reported, with all its values
 * @param text extracted text, truncated at the output limit
 */
public record ExtractionResult(
        ExtractionOutcome outcome,
        String detail,
        NormalizedMetadata normalized,
        Map<String, List<String>> raw,
        String text) {

    public ExtractionResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(normalized, "normalized");
        raw = raw == null ? Map.of() : Map.copyOf(raw);
        text = text == null ? "" : text;
    }
}
