package org.jeli.ingest.tus;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.security.SecureRandom;

/** Wires the part files of unfinished uploads. */
public class TusProducers {
    @Produces
    @Singleton
    PartFiles partFiles(TusConfig config, SecureRandom random) {
        return new PartFiles(config.directory(), random);
    }
}
