package org.jeli.platform.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that cannot be reached (stopped, restarting, refusing connections, pool timed
 * out waiting for one) from a query that failed: the first is answered {@code 503
 * database-unavailable} with {@code Retry-After}, the second stays an internal error.
 */
final class DatabaseFailures {
    static final long RETRY_AFTER_SECONDS = 5;

    private DatabaseFailures() {}

    static boolean isUnavailable(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && unavailableState(sql.getSQLState())) {
                return true;
            }
            if (t instanceof SQLException sql && isAcquisitionTimeout(sql)) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception), 57P01–57P03 (the server is shutting down or not yet
     * accepting connections), 53300 (too many connections).
     */
    private static boolean unavailableState(String state) {
        return state != null
                && (state.startsWith("08")
                        || state.equals("57P01")
                        || state.equals("57P02")
                        || state.equals("57P03")
                        || state.equals("53300"));
    }

    /** Agroal's pool gave no connection within quarkus.datasource.jdbc.acquisition-timeout. */
    private static boolean isAcquisitionTimeout(SQLException e) {
        String m = e.getMessage();
        return m != null && m.startsWith("Acquisition timeout");
    }
}
