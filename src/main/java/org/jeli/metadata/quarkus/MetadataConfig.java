package org.jeli.metadata.quarkus;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits of metadata extraction; each is documented in README's configuration table. */
@ConfigMapping(prefix = "jeli.metadata")
public interface MetadataConfig {
    /** Wall-clock limit for parsing one file; past it the parser process is killed (TIMEOUT). */
    @WithDefault("60s")
    Duration timeLimit();

    /** Wall-clock limit for detecting the type of an upload; past it the type is unknown. */
    @WithDefault("10s")
    Duration detectTimeLimit();

    /** Most characters of text kept from one file; past it the outcome is LIMIT. */
    @WithDefault("1000000")
    int maxTextChars();

    /** Most embedded documents (attachments, archive entries) parsed in one file. */
    @WithDefault("100")
    int maxEmbeddedResources();

    /** Deepest nesting of embedded documents parsed (an archive in an archive is 2). */
    @WithDefault("5")
    int maxEmbeddedDepth();

    /** Largest encoded result (metadata and text) a parser process may send, in bytes. */
    @WithDefault("16777216")
    int maxOutputBytes();

    /** Heap of each parser process ({@code -Xmx}); running out is outcome LIMIT. */
    @WithDefault("256m")
    String processHeap();

    /** Parser processes for extraction. */
    @WithDefault("2")
    int processes();

    /** Parser processes for type detection at upload, kept apart so uploads never wait on a parse. */
    @WithDefault("1")
    int detectionProcesses();

    /** Time a parser process may take to start. */
    @WithDefault("120s")
    Duration processStartLimit();
}
