package org.jeli.export;

import java.util.List;
import org.jeli.common.InvalidFieldException;

/**
 * What to export: listed items, or every item of a collection the exporter may see.
 *
 * @param items item ids, or null
 * @param collection a collection id or name, or null
 * @param derivatives whether to include derivatives under data/derivatives/
 */
public record ExportRequest(List<String> items, String collection, boolean derivatives) {
    public ExportRequest {
        if ((items == null || items.isEmpty()) == (collection == null || collection.isBlank())) {
            throw new InvalidFieldException("items", "give either items (a non-empty list of ids) or collection");
        }
        items = items == null ? List.of() : List.copyOf(items);
    }
}
