package org.jeli.ingest;

import java.time.Instant;
import org.jeli.access.Sensitivity;
import org.jeli.common.InvalidFieldException;

/**
 * Which items to list: newest first, or by relevance when there is a search.
 *
 * @param collection a collection id or name, or null for all
 * @param mediaType an exact type ({@code image/jpeg}) or a family ({@code video/*}), or null
 * @param from inclusive lower bound on the time the item was recorded, or null
 * @param to exclusive upper bound, or null
 * @param query the full-text search, or null (see {@link SearchQuery})
 * @param sourcePlatform only items from this platform, or null
 * @param sensitivity only items of this sensitivity, or null
 */
public record ItemFilter(
        String collection,
        String mediaType,
        Instant from,
        Instant to,
        SearchQuery query,
        SourcePlatform sourcePlatform,
        Sensitivity sensitivity,
        int page,
        int size) {
    public static final int MAX_SIZE = 200;

    public ItemFilter {
        if (page < 0) {
            throw new InvalidFieldException("page", "must not be negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidFieldException("size", "must be between 1 and " + MAX_SIZE);
        }
        if (query != null && query.isEmpty()) {
            query = null;
        }
    }

    /** A filter without search, platform or sensitivity. */
    public ItemFilter(String collection, String mediaType, Instant from, Instant to, int page, int size) {
        this(collection, mediaType, from, to, null, null, null, page, size);
    }
}
