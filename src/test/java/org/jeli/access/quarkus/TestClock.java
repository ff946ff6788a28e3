package org.jeli.access.quarkus;

import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.jeli.access.MutableClock;

/** A clock tests move by hand; only for test profiles that enable this alternative. */
@Alternative
public class TestClock {
    @Produces
    @Singleton
    MutableClock clock() {
        return new MutableClock(Clock.systemUTC().instant());
    }
}
