package org.jeli.metadata.quarkus;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jeli.metadata.MetadataExtractor;
import org.jeli.metadata.tika.TikaLimits;
import org.jeli.metadata.tika.TikaMetadataExtractor;

/** Wires the Tika extractor with the configured limits. */
public class MetadataProducers {
    @Produces
    @Singleton
    MetadataExtractor extractor(MetadataConfig config) {
        return new TikaMetadataExtractor(
                new TikaLimits(config.timeLimit(), config.maxTextChars(), config.maxEmbeddedResources()));
    }
}
