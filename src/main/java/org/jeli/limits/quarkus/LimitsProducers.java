package org.jeli.limits.quarkus;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.jeli.limits.Rate;
import org.jeli.limits.RequestLimits;

/** Builds the framework-free {@link RequestLimits} from {@link LimitsConfig}. */
public class LimitsProducers {
    @Produces
    @Singleton
    RequestLimits requestLimits(LimitsConfig config, Clock clock) {
        return new RequestLimits(
                new RequestLimits.Settings(
                        rate(config.login()),
                        rate(config.tokens()),
                        rate(config.uploads()),
                        config.concurrentUploadsPerUser(),
                        config.concurrentUploads(),
                        config.concurrentImportsPerUser(),
                        config.concurrentImports(),
                        config.busyRetryAfter(),
                        config.trackedKeys()),
                clock);
    }

    private static Rate rate(LimitsConfig.RateConfig c) {
        return new Rate(c.burst(), c.perMinute());
    }
}
