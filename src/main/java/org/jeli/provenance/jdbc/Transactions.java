package org.jeli.provenance.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jeli.provenance.LogUnavailableException;

/**
 * One database transaction around work that also appends to the log: committed when the work
 * returns, rolled back when it throws; a database failure becomes {@link LogUnavailableException}.
 */
public final class Transactions {
    private Transactions() {}

    /** Work inside the transaction. */
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    public static <T> T inTransaction(DataSource dataSource, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new LogUnavailableException(e);
        }
    }
}
