package org.jeli.ingest;

import java.util.List;

/** One page of items and the number of items matching the filter. */
public record ItemPage(List<ItemSummary> items, long total, int page, int size) {
    public ItemPage {
        items = List.copyOf(items);
    }
}
