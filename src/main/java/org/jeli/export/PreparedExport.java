package org.jeli.export;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jeli.access.CurrentUser;
import org.jeli.provenance.StoredCheckpoint;

/**
 * An authorised, logged export whose package is still to be written.
 *
 * @param id the export id (External-Identifier)
 * @param user who exports
 * @param items the items, each with its metadata as the exporter may see it
 * @param checkpoint the signed checkpoint every entry is proven against; it contains the {@code
 *     item.exported} entries of this export
 * @param createdAt when the export was requested
 * @param derivatives whether derivatives were asked for
 */
public record PreparedExport(
        UUID id,
        CurrentUser user,
        List<ExportItem> items,
        StoredCheckpoint checkpoint,
        Instant createdAt,
        boolean derivatives) {
    public PreparedExport {
        items = List.copyOf(items);
    }

    /** The bag's folder name and the zip's file name without extension. */
    public String name() {
        return "jeli-export-" + createdAt.toString().substring(0, 10) + "-"
                + id.toString().substring(0, 8);
    }
}
