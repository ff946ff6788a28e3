package org.jeli.takedown;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.jeli.common.Digest;
import org.jeli.provenance.jdbc.Transactions;
import org.jeli.storage.BlobStore;
import org.jeli.takedown.jdbc.JdbcTakedownStore;
import org.jeli.takedown.jdbc.JdbcTakedownStore.Hold;

/**
 * Mirrors Jeli's legal holds onto the blob store where it can enforce them (S3 Object Lock legal
 * holds; a no-op for the filesystem store): a placed hold sets the hold on the objects of the held
 * item or of every item of the held collection; a lifted one clears it on those objects that no
 * other active hold still covers. Jeli's own hold (in the database) is what blocks a takedown; the
 * object store's is defence in depth, so a failure here is logged and does not undo the hold.
 */
@ApplicationScoped
public class LegalHoldMirror {
    private static final Logger LOG = Logger.getLogger(LegalHoldMirror.class);

    private final DataSource dataSource;
    private final JdbcTakedownStore store;
    private final BlobStore blobs;

    public LegalHoldMirror(DataSource dataSource, JdbcTakedownStore store, BlobStore blobs) {
        this.dataSource = dataSource;
        this.store = store;
        this.blobs = blobs;
    }

    void placed(Hold h) {
        apply(Transactions.inTransaction(dataSource, c -> blobsOf(c, h)), true);
    }

    void lifted(Hold h) {
        List<String> free = Transactions.inTransaction(dataSource, c -> {
            List<String> out = new ArrayList<>();
            for (String sha256 : blobsOf(c, h)) {
                if (!store.held(c, store.itemsOver(c, sha256))) {
                    out.add(sha256);
                }
            }
            return out;
        });
        apply(free, false);
    }

    private List<String> blobsOf(java.sql.Connection c, Hold h) throws java.sql.SQLException {
        return h.itemId() != null
                ? store.blobOf(c, h.itemId()).map(List::of).orElse(List.of())
                : store.blobsOfCollection(c, h.collectionId());
    }

    private void apply(List<String> sha256s, boolean on) {
        int failed = 0;
        for (String sha256 : sha256s) {
            try {
                blobs.legalHold(Digest.parse(sha256), on);
            } catch (IOException | RuntimeException e) {
                failed++;
            }
        }
        if (failed > 0) {
            LOG.warnf(
                    "takedown.legal_hold: the object store did not take %d of %d legal hold changes",
                    failed, sha256s.size());
        }
    }
}
