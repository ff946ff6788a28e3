package org.jeli.export.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jeli.access.Action;
import org.jeli.access.CollectionNotFoundException;
import org.jeli.access.CurrentUser;
import org.jeli.common.InvalidFieldException;
import org.jeli.export.ExportConfig;
import org.jeli.export.ExportItem;
import org.jeli.export.ExportRequest;
import org.jeli.ingest.ItemFilter;
import org.jeli.ingest.ItemPage;
import org.jeli.ingest.ItemStore;
import org.jeli.ingest.ItemSummary;
import org.jeli.ingest.web.ItemAccess;
import org.jeli.ingest.web.ItemJson;

/**
 * Resolves what an export request names into items the caller may export: 404 for an item she may
 * not know exists, 403 for one she may see but not export (a viewer), a collection's items only up
 * to her clearance. Each item's metadata is shaped as she may see it.
 */
@ApplicationScoped
public class ExportSelection {
    private final ItemStore items;
    private final ItemAccess access;
    private final ExportConfig config;

    public ExportSelection(ItemStore items, ItemAccess access, ExportConfig config) {
        this.items = items;
        this.access = access;
        this.config = config;
    }

    List<ExportItem> select(ExportRequest request, CurrentUser user) {
        List<String> ids = new ArrayList<>(request.items());
        if (request.collection() != null) {
            for (int page = 0; ; page++) {
                ItemPage p = items.list(
                        new ItemFilter(request.collection(), null, null, null, page, ItemFilter.MAX_SIZE), user.id());
                p.items().stream().map(ItemSummary::id).map(UUID::toString).forEach(ids::add);
                if (p.items().size() < ItemFilter.MAX_SIZE || ids.size() > config.maxItems()) {
                    break;
                }
            }
            if (ids.isEmpty()) {
                throw new CollectionNotFoundException();
            }
        }
        if (ids.size() > config.maxItems()) {
            throw new InvalidFieldException("items", "at most " + config.maxItems() + " items per package");
        }
        Map<UUID, ExportItem> unique = new LinkedHashMap<>();
        for (String id : ids) {
            ItemAccess.Granted g = access.authorize(id, Action.EXPORT);
            unique.putIfAbsent(g.item().id(), new ExportItem(g.item(), ItemJson.item(g.item(), g.identifying())));
        }
        return List.copyOf(unique.values());
    }
}
