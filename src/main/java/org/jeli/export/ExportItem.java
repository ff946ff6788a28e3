package org.jeli.export;

import java.util.Map;
import org.jeli.ingest.ItemDetails;

/**
 * An item the exporter may export, with its metadata as she may see it (identifying fields
 * removed below her clearance) — what goes into {@code metadata.json}.
 */
public record ExportItem(ItemDetails item, Map<String, Object> metadata) {
    public ExportItem {
        metadata = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
    }
}
