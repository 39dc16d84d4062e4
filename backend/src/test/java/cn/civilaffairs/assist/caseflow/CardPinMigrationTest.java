package cn.civilaffairs.assist.caseflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * V13 on a database that already holds readable PINs (the schema before V13 on its own H2): every
 * PIN ends as a BCrypt hash that still accepts it, the readable column is gone, and a card revoked
 * before gets its case's closing date and reason.
 */
class CardPinMigrationTest {
    @Test
    void existingPinsEndHashedAndRevokedCardsGetWhenAndWhy() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:v13-migration;DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").table("flyway_schema_history")
                .target("11").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        // Two cases and their cards as the old code wrote them (foreign keys off: only the card rows matter).
        jdbc.execute("SET REFERENTIAL_INTEGRITY FALSE");
        jdbc.update("INSERT INTO service_card (id, case_id, card_no, pin, valid_from, valid_to, status, issued_at,"
                + " issued_by) VALUES (1, 11, 'FWK20260000001', '012345', DATE '2026-01-05', DATE '2027-01-04',"
                + " 'VALID', TIMESTAMP '2026-01-05 09:00:00', 'system')");
        jdbc.update("INSERT INTO service_card (id, case_id, card_no, pin, valid_from, valid_to, status, issued_at,"
                + " issued_by) VALUES (2, 12, 'FWK20260000002', '987654', DATE '2026-02-01', DATE '2027-01-31',"
                + " 'REVOKED', TIMESTAMP '2026-02-01 10:00:00', 'system')");
        jdbc.update("INSERT INTO service_case (id, case_no, village_code, subject_name, status, created_at, updated_at,"
                + " created_by, closed_at, decision_reason) VALUES (12, 'SA-2026-000012', '360199001001', '旧案',"
                + " 'EXITED', TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-03-01 00:00:00', 'system',"
                + " TIMESTAMP '2026-03-01 08:30:00', '迁出本辖区')");

        Flyway.configure().dataSource(ds).locations("classpath:db/migration").table("flyway_schema_history")
                .javaMigrations(new V13__card_pin_hashed()).target("13").load().migrate();

        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
        Map<String, Object> valid = jdbc.queryForMap("SELECT * FROM service_card WHERE id = 1");
        assertThat(valid).doesNotContainKey("PIN");
        assertThat((String) valid.get("PIN_HASH")).startsWith("$2a$10$").doesNotContain("012345");
        assertThat(bcrypt.matches("012345", (String) valid.get("PIN_HASH"))).isTrue();
        assertThat(bcrypt.matches("012346", (String) valid.get("PIN_HASH"))).isFalse();
        assertThat(valid.get("PIN_SET_AT")).isEqualTo(valid.get("ISSUED_AT"));
        assertThat(valid.get("REVOKED_AT")).isNull();

        Map<String, Object> revoked = jdbc.queryForMap("SELECT * FROM service_card WHERE id = 2");
        assertThat(bcrypt.matches("987654", (String) revoked.get("PIN_HASH"))).isTrue();
        assertThat(revoked.get("REVOKE_REASON")).isEqualTo("迁出本辖区");
        assertThat(String.valueOf(revoked.get("REVOKED_AT"))).startsWith("2026-03-01 08:30");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM service_card_pin_change", Long.class)).isZero();
    }
}
