-- Items by blob alone. The search trigger on metadata (V15, item_search_on_metadata) finds the items
-- of a blob with `where blob_sha256 = ?`, and items(collection_id, blob_sha256) cannot serve that
-- without the collection: every metadata insert or update scanned the whole items table, so a
-- chat import (one item and one metadata row per message) slowed down as the archive grew.
create index items_blob on items (blob_sha256);
