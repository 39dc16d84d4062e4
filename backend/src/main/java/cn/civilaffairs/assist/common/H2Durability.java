package cn.civilaffairs.assist.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * An answer the app has sent must survive the process being killed. H2 2.x (MVStore) keeps a
 * committed transaction in memory and writes it to the file from a background thread up to
 * WRITE_DELAY later (500 ms by default); kill -9 in that window lost acknowledged writes and rolled
 * the number sequences back, so numbers already handed out were issued again. {@code SET WRITE_DELAY 0}
 * makes every commit write its changes to the database file before the commit returns (H2 then
 * commits the store on each transaction end).
 *
 * <p>Done here, on the data source before Flyway and the engine touch it, rather than in the URL, so
 * that every H2 URL an operator configures is durable, not only the default one. The setting is
 * persistent in the database and database-wide; it needs H2's admin right (the embedded {@code sa}).
 * Other databases are left alone.
 */
@Component
class H2Durability implements BeanPostProcessor {
    private static final Logger log = LoggerFactory.getLogger(H2Durability.class);

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            commitToDiskOnEveryCommit(dataSource);
        }
        return bean;
    }

    static void commitToDiskOnEveryCommit(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            if (!"H2".equals(c.getMetaData().getDatabaseProductName())) {
                return;
            }
            try (Statement s = c.createStatement()) {
                s.execute("SET WRITE_DELAY 0");
            }
            log.info("H2 {}: each commit is written to the database file before it returns (WRITE_DELAY 0)",
                    c.getMetaData().getURL());
        } catch (SQLException e) {
            // Refuse to run rather than acknowledge writes a crash could take back.
            throw new IllegalStateException("H2 database cannot be made durable (SET WRITE_DELAY 0 needs an admin "
                    + "user): " + e.getMessage(), e);
        }
    }
}
