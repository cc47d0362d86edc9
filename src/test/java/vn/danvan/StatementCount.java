package vn.danvan;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts the SQL statements that a piece of work prepares on the calling thread: the work runs on
 * one connection bound to the thread (as a transaction would bind it), whose statement-creating
 * methods are counted. Every JdbcClient, JdbcTemplate and transaction on the thread uses it.
 */
public final class StatementCount {

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

    private StatementCount() {
    }

    /** The number of statements {@code work} prepared. */
    public static int of(DataSource dataSource, Runnable work) throws SQLException {
        AtomicInteger count = new AtomicInteger();
        try (Connection real = dataSource.getConnection()) {
            Connection counting = (Connection) Proxy.newProxyInstance(StatementCount.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (STATEMENTS.contains(method.getName())) {
                            count.incrementAndGet();
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            TransactionSynchronizationManager.bindResource(dataSource, new ConnectionHolder(counting));
            try {
                work.run();
            } finally {
                TransactionSynchronizationManager.unbindResource(dataSource);
            }
        }
        return count.get();
    }
}
