package cn.civilaffairs.assist.caseflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Issue 12: card PINs are kept only as BCrypt hashes, the PIN slip is recorded, and a revoked card
 * says when and why. A Java migration because SQL cannot make BCrypt hashes: every readable PIN
 * already in the table is hashed here, then the readable column is dropped. Spring Boot hands
 * this bean to Flyway (JavaMigration beans), so it runs in the jar as in tests.
 */
@Component
class V13__card_pin_hashed extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        try (Statement st = db.createStatement()) {
            st.execute("ALTER TABLE service_card ADD COLUMN pin_hash VARCHAR(100) NULL");
            st.execute("ALTER TABLE service_card ADD COLUMN pin_set_at TIMESTAMP NULL");
            st.execute("ALTER TABLE service_card ADD COLUMN pin_set_by VARCHAR(64) NULL");
            st.execute("ALTER TABLE service_card ADD COLUMN revoked_at TIMESTAMP NULL");
            st.execute("ALTER TABLE service_card ADD COLUMN revoke_reason VARCHAR(500) NULL");
            // Who made a card's PIN and when: the first slip and every reset (never the PIN).
            st.execute("""
                    CREATE TABLE service_card_pin_change (
                        id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
                        card_no    VARCHAR(32) NOT NULL,
                        kind       VARCHAR(16) NOT NULL,
                        changed_by VARCHAR(64) NOT NULL,
                        changed_at TIMESTAMP   NOT NULL
                    )""");
            st.execute("CREATE INDEX idx_pin_change_card ON service_card_pin_change (card_no, changed_at)");
        }
        Map<Long, String> readable = new LinkedHashMap<>();
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT id, pin FROM service_card WHERE pin IS NOT NULL")) {
            while (rs.next()) {
                readable.put(rs.getLong(1), rs.getString(2));
            }
        }
        // An existing PIN was handed out at issue (the holder knows it): it stays valid, hashed,
        // as if its slip had been printed then.
        try (PreparedStatement up = db.prepareStatement(
                "UPDATE service_card SET pin_hash = ?, pin_set_at = issued_at, pin_set_by = issued_by WHERE id = ?")) {
            for (var card : readable.entrySet()) {
                up.setString(1, CardPinHash.hash(card.getValue()));
                up.setLong(2, card.getKey());
                up.executeUpdate();
            }
        }
        try (Statement st = db.createStatement()) {
            st.execute("""
                    UPDATE service_card SET
                        revoked_at = (SELECT s.closed_at FROM service_case s WHERE s.id = service_card.case_id),
                        revoke_reason = (SELECT s.decision_reason FROM service_case s WHERE s.id = service_card.case_id)
                    WHERE status = 'REVOKED'""");
            st.execute("UPDATE service_card SET revoked_at = issued_at WHERE status = 'REVOKED' AND revoked_at IS NULL");
            st.execute("UPDATE service_card SET revoke_reason = '案件终止' WHERE status = 'REVOKED' AND revoke_reason IS NULL");
            st.execute("ALTER TABLE service_card DROP COLUMN pin");
        }
    }
}
