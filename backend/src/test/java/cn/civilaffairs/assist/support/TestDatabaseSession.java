package cn.civilaffairs.assist.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * For the MariaDB pass (system property it.database=mariadb): creates a fresh database before
 * any test runs, points Spring at it, and drops it when the test session ends.
 */
public class TestDatabaseSession implements LauncherSessionListener {
    private String database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!"mariadb".equals(System.getProperty("it.database"))) {
            return;
        }
        database = "sa_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "_"
                + ThreadLocalRandom.current().nextInt(1000, 9999);
        execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        System.setProperty("spring.datasource.url", serverUrl() + database
                + "?useUnicode=true&characterEncoding=utf8&serverTimezone=UTC&nullCatalogMeansCurrent=true&rewriteBatchedStatements=true");
        System.setProperty("spring.datasource.username", user());
        System.setProperty("spring.datasource.password", password());
        System.setProperty("spring.datasource.hikari.transaction-isolation", "TRANSACTION_READ_COMMITTED");
        System.setProperty("camunda.bpm.database.type", "mysql");
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            execute("DROP DATABASE IF EXISTS " + database);
        }
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(serverUrl(), user(), password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB test database: " + sql + " failed: " + e.getMessage()
                    + " (is MariaDB running on " + serverUrl() + "?)", e);
        }
    }

    private static String serverUrl() {
        return System.getProperty("it.mariadb.url", "jdbc:mysql://127.0.0.1:3306/");
    }

    private static String user() {
        return System.getProperty("it.mariadb.user", "root");
    }

    private static String password() {
        return System.getProperty("it.mariadb.password", "");
    }
}
