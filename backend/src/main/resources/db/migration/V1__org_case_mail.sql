-- Organisation tree: district (6-digit code) > street/township (9) > village/community (12),
-- plus provider and charity organisations, which hang off the district they serve.
CREATE TABLE org_unit (
    code        VARCHAR(32)  NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    level       VARCHAR(16)  NOT NULL,
    parent_code VARCHAR(32),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_code) REFERENCES org_unit (code)
);
CREATE INDEX idx_org_unit_parent ON org_unit (parent_code);

-- A service-assistance case; the case number is the process business key.
CREATE TABLE service_case (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_no       VARCHAR(32)  NOT NULL,
    village_code  VARCHAR(32)  NOT NULL,
    subject_name  VARCHAR(50)  NOT NULL,
    summary       VARCHAR(500),
    status        VARCHAR(32)  NOT NULL,
    verification_note VARCHAR(500),
    created_at    TIMESTAMP    NOT NULL,
    created_by    VARCHAR(64)  NOT NULL,
    updated_at    TIMESTAMP    NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_service_case_no UNIQUE (case_no),
    CONSTRAINT fk_service_case_village FOREIGN KEY (village_code) REFERENCES org_unit (code)
);
CREATE INDEX idx_service_case_village ON service_case (village_code, status);

-- Case numbers are issued in order per year.
CREATE TABLE case_number_seq (
    seq_year INT    NOT NULL PRIMARY KEY,
    last_no  BIGINT NOT NULL
);

-- Outbox of mail notices: written in the engine's transaction, sent afterwards.
-- dedup_key makes a notice unique per task and recipient, so retries never mail twice.
CREATE TABLE mail_outbox (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dedup_key  VARCHAR(191)  NOT NULL,
    recipient  VARCHAR(191)  NOT NULL,
    subject    VARCHAR(255)  NOT NULL,
    body       VARCHAR(4000) NOT NULL,
    created_at TIMESTAMP     NOT NULL,
    sent_at    TIMESTAMP     NULL,
    attempts   INT           NOT NULL DEFAULT 0,
    last_error VARCHAR(1000),
    CONSTRAINT uk_mail_outbox_dedup UNIQUE (dedup_key)
);
CREATE INDEX idx_mail_outbox_pending ON mail_outbox (sent_at, id);
