package org.jeli.provenance;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of the provenance log; each is documented in README's configuration table. */
@ConfigMapping(prefix = "jeli.log")
public interface LogConfig {
    /** The log's origin line in checkpoints (also the signing key's name); generated once if unset. */
    Optional<String> origin();

    /** A new checkpoint at most this often when entries were appended. */
    @WithDefault("10s")
    Duration checkpointInterval();

    /** A new checkpoint as soon as this many entries are not yet covered by one. */
    @WithDefault("1000")
    int checkpointMaxEntries();

    /** Folder of the checkpoint signing keys (generated at first start). */
    @WithDefault("${jeli.data-dir}/keys/log")
    Path keyDirectory();

    /** A PKCS#8 PEM Ed25519 private key to sign with instead of a generated one. */
    Optional<Path> signingKeyFile();

    /** How often the self-audit rebuilds the tree and checks every checkpoint. */
    @WithDefault("6h")
    Duration auditInterval();

    /** Most entries returned by one page of {@code GET /api/log/entries}. */
    @WithDefault("1000")
    int maxEntriesPerPage();

    Timestamps timestamps();

    /** RFC 3161 timestamping of checkpoints. */
    interface Timestamps {
        /** Authority URLs; none configured means checkpoints are signed but not timestamped. */
        Optional<List<String>> authorities();

        /** PEM files of the root certificates that authorities' certificates must chain to. */
        Optional<List<Path>> trustedRoots();

        /** How long to wait for an authority. */
        @WithDefault("10s")
        Duration timeout();

        /** How often checkpoints still lacking a timestamp are retried. */
        @WithDefault("60s")
        Duration retryInterval();

        /** Largest reply accepted from an authority, in bytes, checked before parsing. */
        @WithDefault("65536")
        int maxResponseBytes();
    }
}
