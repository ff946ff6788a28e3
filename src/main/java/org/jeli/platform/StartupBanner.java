package org.jeli.platform;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Tells the person who started the archive where it runs and how to log in. */
@ApplicationScoped
public class StartupBanner {
    private final int port;
    private final String dataDir;
    private final boolean embedded;

    public StartupBanner(
            @ConfigProperty(name = "quarkus.http.port") int port,
            @ConfigProperty(name = "jeli.data-dir") String dataDir,
            @ConfigProperty(name = "jeli.database.embedded", defaultValue = "false") boolean embedded) {
        this.port = port;
        this.dataDir = dataDir;
        this.embedded = embedded;
    }

    void onStart(@Observes StartupEvent event) {
        if (LaunchMode.current() == LaunchMode.TEST) {
            return;
        }
        System.out.println("Jeli is running at http://localhost:" + port + "/  (API: /api/items, docs: /q/swagger-ui)");
        System.out.println("Data directory: " + dataDir + (embedded ? " (embedded PostgreSQL inside)" : ""));
        System.out.println("Log in at http://localhost:" + port + "/login.html (or with HTTP Basic) as 'admin' and the"
                + " password from JELI_ADMIN_PASSWORD, or the one printed at first start; administrators enrol a"
                + " second factor first (POST /api/me/second-factor, see README).");
    }
}
