package org.jeli.metadata.quarkus;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jeli.metadata.MetadataExtractor;
import org.jeli.metadata.process.ProcessLimits;
import org.jeli.metadata.process.ProcessMetadataExtractor;

/** Wires the out-of-process extractor with the configured limits; its processes end with the service. */
public class MetadataProducers {
    @Produces
    @Singleton
    MetadataExtractor extractor(MetadataConfig config) {
        return new ProcessMetadataExtractor(new ProcessLimits(
                config.timeLimit(),
                config.detectTimeLimit(),
                config.maxTextChars(),
                config.maxEmbeddedResources(),
                config.maxEmbeddedDepth(),
                config.maxOutputBytes(),
                config.processHeap(),
                config.processes(),
                config.detectionProcesses(),
                config.processStartLimit()));
    }

    void close(@Disposes MetadataExtractor extractor) {
        if (extractor instanceof ProcessMetadataExtractor processes) {
            processes.close();
        }
    }
}
