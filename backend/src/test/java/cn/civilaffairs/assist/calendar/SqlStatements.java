package cn.civilaffairs.assist.calendar;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.function.Predicate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Counts the SQL statements the database executes, from H2's own statistics
 * ({@code SET QUERY_STATISTICS TRUE}): a real counter below JPA, JdbcTemplate and the engine's MyBatis
 * alike. H2 only: the tests using it are not tagged {@code db}, so the MariaDB pass never runs them, and
 * on another database it fails rather than skip. Statements of other threads count too, so a test
 * matches the statements it is about.
 */
final class SqlStatements implements AutoCloseable {
    private final JdbcTemplate jdbc;

    private SqlStatements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts counting from zero. */
    static SqlStatements count(JdbcTemplate jdbc) {
        String product = jdbc.execute((Connection c) -> {
            try {
                return c.getMetaData().getDatabaseProductName();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        if (!"H2".equals(product)) {
            throw new IllegalStateException("statement counts come from H2's query statistics, not " + product);
        }
        jdbc.execute("SET QUERY_STATISTICS FALSE"); // clears what was counted
        jdbc.execute("SET QUERY_STATISTICS_MAX_ENTRIES 10000");
        jdbc.execute("SET QUERY_STATISTICS TRUE");
        return new SqlStatements(jdbc);
    }

    /** How many times statements whose text (lower case) matches {@code which} were executed. */
    long executions(Predicate<String> which) {
        return jdbc.query("select SQL_STATEMENT, EXECUTION_COUNT from INFORMATION_SCHEMA.QUERY_STATISTICS",
                (rs, n) -> which.test(rs.getString(1).toLowerCase(Locale.ROOT)) ? rs.getLong(2) : 0L)
                .stream().mapToLong(Long::longValue).sum();
    }

    /** Selects reading {@code table} (lower case). */
    long selectsFrom(String table) {
        return executions(sql -> sql.startsWith("select") && !sql.contains("information_schema")
                && sql.matches("(?s).*\\bfrom " + table + "\\b.*"));
    }

    @Override
    public void close() {
        jdbc.execute("SET QUERY_STATISTICS FALSE");
    }
}
