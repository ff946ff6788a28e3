package org.jeli.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jeli.metadata.NormalizedMetadata;

/** What extraction found, or that it has not run yet ({@code state} PENDING). */
public record MetadataDetails(
        String state,
        String outcome,
        String outcomeDetail,
        String extractor,
        NormalizedMetadata normalized,
        Map<String, List<String>> raw,
        int textLength,
        Instant extractedAt) {}
