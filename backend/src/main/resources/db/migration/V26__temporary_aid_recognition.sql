-- Temporary assistance (临时救助, seed 001 §五): one application per event; the street office grants
-- first within its delegated amount (先行救助), the district approves above it; the payment is recorded.
CREATE TABLE temp_aid_application (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_no      VARCHAR(20)   NOT NULL,
    person_id           BIGINT        NOT NULL,
    village_code        VARCHAR(32)   NOT NULL,
    street_code         VARCHAR(32)   NOT NULL,
    district_code       VARCHAR(32)   NOT NULL,
    event_type          VARCHAR(24)   NOT NULL,
    event_on            DATE          NOT NULL,
    event_description   VARCHAR(1000) NOT NULL,
    amount_requested    DECIMAL(12,2) NOT NULL,
    source_ref          VARCHAR(64),
    requested_by        VARCHAR(64)   NOT NULL,
    requested_at        TIMESTAMP     NOT NULL,
    status              VARCHAR(24)   NOT NULL,
    amount_assessed     DECIMAL(12,2),
    amount_granted      DECIMAL(12,2),
    decided_level       VARCHAR(16),
    decided_by          VARCHAR(64),
    decided_at          TIMESTAMP     NULL,
    refusal_reason      VARCHAR(500),
    paid_on             DATE,
    paid_amount         DECIMAL(12,2),
    payment_method      VARCHAR(16),
    payment_ref         VARCHAR(64),
    paid_by             VARCHAR(64),
    paid_at             TIMESTAMP     NULL,
    -- "person|type|date" while the application is open or granted, NULL once refused: one grant per event.
    event_key           VARCHAR(64),
    process_instance_id VARCHAR(64),
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_temp_aid_no UNIQUE (application_no),
    CONSTRAINT uk_temp_aid_event UNIQUE (event_key),
    CONSTRAINT fk_temp_aid_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_temp_aid_village FOREIGN KEY (village_code) REFERENCES org_unit (code)
);
CREATE INDEX idx_temp_aid_village ON temp_aid_application (village_code, status, id);
CREATE INDEX idx_temp_aid_person ON temp_aid_application (person_id, paid_on);
CREATE INDEX idx_temp_aid_paid ON temp_aid_application (paid_on, village_code);

-- The application's timeline: request, assessment, decisions, payment, escalations.
CREATE TABLE temp_aid_step (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT        NOT NULL,
    kind           VARCHAR(24)   NOT NULL,
    actor          VARCHAR(64)   NOT NULL,
    step_at        TIMESTAMP     NOT NULL,
    amount         DECIMAL(12,2),
    note           VARCHAR(1000),
    CONSTRAINT fk_temp_aid_step_app FOREIGN KEY (application_id) REFERENCES temp_aid_application (id)
);
CREATE INDEX idx_temp_aid_step_app ON temp_aid_step (application_id, id);

-- 每月新认定的低保/特困对象 (seed 002 动态管理): one row per person, category and recognition date,
-- from the district's monthly import; people not yet known became a lead (case_no) for their village.
CREATE TABLE recognition (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id      BIGINT        NOT NULL,
    village_code   VARCHAR(32)   NOT NULL,
    category       VARCHAR(16)   NOT NULL,
    recognised_on  DATE          NOT NULL,
    lead_case_no   VARCHAR(32),
    imported_by    VARCHAR(64)   NOT NULL,
    imported_at    TIMESTAMP     NOT NULL,
    CONSTRAINT uk_recognition UNIQUE (person_id, category, recognised_on),
    CONSTRAINT fk_recognition_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_recognition_village FOREIGN KEY (village_code) REFERENCES org_unit (code)
);
CREATE INDEX idx_recognition_village ON recognition (village_code, recognised_on);
