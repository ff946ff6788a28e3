package org.jeli.lease.quarkus;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jeli.lease.InstanceId;
import org.jeli.lease.JobLeases;
import org.jeli.lease.LeaseStore;

/**
 * Makes this instance's {@link JobLeases} and renews them every {@code jeli.lease.renew-interval}
 * on a thread of its own, so a job that runs longer than the time to live keeps its lease. At a
 * clean stop the held leases are released so another instance takes over at once.
 */
@ApplicationScoped
public class LeaseTimer {
    private static final Logger LOG = Logger.getLogger(LeaseTimer.class);

    private final JobLeases leases;
    private final LeaseConfig config;
    private ScheduledExecutorService scheduler;

    public LeaseTimer(JobLeases leases, LeaseConfig config) {
        this.leases = leases;
        this.config = config;
    }

    @Produces
    @Singleton
    static JobLeases jobLeases(
            LeaseStore store,
            LeaseConfig config,
            SecureRandom random,
            @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port) {
        if (config.renewInterval().compareTo(config.ttl()) >= 0) {
            throw new IllegalStateException("jeli.lease.renew-interval must be shorter than jeli.lease.ttl");
        }
        String name = config.instanceName().filter(s -> !s.isBlank()).orElseGet(() -> hostName() + ":" + port);
        return new JobLeases(store, InstanceId.random(name, random), config.ttl(), System::nanoTime);
    }

    void onStart(@Observes StartupEvent event) {
        LOG.infof("instance id %s", leases.instance());
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "jeli-leases");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1, config.renewInterval().toMillis());
        scheduler.scheduleWithFixedDelay(leases::renewAll, every, every, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        leases.releaseAll();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "jeli";
        }
    }
}
