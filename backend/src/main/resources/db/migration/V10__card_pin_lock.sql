-- Issue 11 point 6: the service-card PIN cannot be guessed.
-- Lock state lives on the card, so one lock covers every delivery and every staff member, and a
-- later PIN reset can clear it with the card.
ALTER TABLE service_card ADD COLUMN pin_failures INT DEFAULT 0 NOT NULL;
ALTER TABLE service_card ADD COLUMN pin_locked_until TIMESTAMP NULL;

-- Every PIN attempt at the door: who, which card and delivery, when, from where, and the outcome
-- (ACCEPTED, WRONG, LOCKED = refused unchecked while the card was locked).
CREATE TABLE service_card_pin_attempt (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    card_no        VARCHAR(32)  NOT NULL,
    delivery_id    BIGINT       NULL,
    staff_username VARCHAR(64)  NOT NULL,
    attempted_at   TIMESTAMP    NOT NULL,
    outcome        VARCHAR(16)  NOT NULL,
    client_ip      VARCHAR(64)  NULL
);
CREATE INDEX idx_pin_attempt_card ON service_card_pin_attempt (card_no, attempted_at);
