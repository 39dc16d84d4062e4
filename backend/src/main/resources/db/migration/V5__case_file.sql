-- The six-step case (DOMAIN §3): assessment, card, file documents, notice, services, review, events.

ALTER TABLE service_case ADD COLUMN service_no INT;
ALTER TABLE service_case ADD CONSTRAINT uk_service_case_service_no UNIQUE (service_no);
ALTER TABLE service_case ADD COLUMN recipient_category INT;
ALTER TABLE service_case ADD COLUMN decision_reason VARCHAR(500);
ALTER TABLE service_case ADD COLUMN closed_at TIMESTAMP NULL;

-- Named counters issued in order under a row lock (service numbers, card numbers).
CREATE TABLE number_sequence (
    name    VARCHAR(32) NOT NULL PRIMARY KEY,
    last_no BIGINT      NOT NULL
);

CREATE TABLE needs_assessment (
    case_id            BIGINT       NOT NULL PRIMARY KEY,
    recipient_category INT          NOT NULL,
    already_recognised BOOLEAN      NOT NULL,
    self_care          VARCHAR(16)  NOT NULL,
    carer_situation    VARCHAR(16)  NOT NULL,
    living_situation   VARCHAR(500),
    needs_note         VARCHAR(1000),
    assessed_by        VARCHAR(64)  NOT NULL,
    assessed_at        TIMESTAMP    NOT NULL,
    CONSTRAINT fk_assessment_case FOREIGN KEY (case_id) REFERENCES service_case (id)
);

-- One row per granted service item; the running service process is kept by its instance id.
CREATE TABLE service_grant (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id             BIGINT       NOT NULL,
    item_code           VARCHAR(32)  NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    process_instance_id VARCHAR(64),
    granted_at          TIMESTAMP    NOT NULL,
    granted_by          VARCHAR(64)  NOT NULL,
    stopped_at          TIMESTAMP    NULL,
    stop_reason         VARCHAR(500),
    CONSTRAINT fk_grant_case FOREIGN KEY (case_id) REFERENCES service_case (id),
    CONSTRAINT fk_grant_item FOREIGN KEY (item_code) REFERENCES service_item (code)
);
CREATE INDEX idx_grant_case ON service_grant (case_id, status);

CREATE TABLE service_card (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id    BIGINT      NOT NULL,
    card_no    VARCHAR(32) NOT NULL,
    pin        VARCHAR(6)  NOT NULL,
    valid_from DATE        NOT NULL,
    valid_to   DATE        NOT NULL,
    status     VARCHAR(16) NOT NULL,
    issued_at  TIMESTAMP   NOT NULL,
    issued_by  VARCHAR(64) NOT NULL,
    CONSTRAINT uk_service_card_no UNIQUE (card_no),
    CONSTRAINT fk_card_case FOREIGN KEY (case_id) REFERENCES service_case (id)
);
CREATE INDEX idx_card_case ON service_card (case_id, status);

CREATE TABLE case_document (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id      BIGINT        NOT NULL,
    doc_type     VARCHAR(32)   NOT NULL,
    file_name    VARCHAR(200)  NOT NULL,
    content_type VARCHAR(100)  NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    sha256       VARCHAR(64)   NOT NULL,
    storage_key  VARCHAR(200)  NOT NULL,
    uploaded_by  VARCHAR(64)   NOT NULL,
    uploaded_at  TIMESTAMP     NOT NULL,
    CONSTRAINT fk_document_case FOREIGN KEY (case_id) REFERENCES service_case (id)
);
CREATE INDEX idx_document_case ON case_document (case_id, doc_type);

CREATE TABLE public_notice (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id      BIGINT       NOT NULL,
    village_code VARCHAR(32)  NOT NULL,
    starts_on    DATE         NOT NULL,
    ends_on      DATE         NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    created_at   TIMESTAMP    NOT NULL,
    CONSTRAINT fk_notice_case FOREIGN KEY (case_id) REFERENCES service_case (id)
);
CREATE INDEX idx_notice_village ON public_notice (village_code, status);

CREATE TABLE objection (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    notice_id   BIGINT        NOT NULL,
    raised_at   TIMESTAMP     NOT NULL,
    recorded_by VARCHAR(64)   NOT NULL,
    content     VARCHAR(1000) NOT NULL,
    decision    VARCHAR(16),
    decision_note VARCHAR(1000),
    decided_by  VARCHAR(64),
    decided_at  TIMESTAMP     NULL,
    CONSTRAINT fk_objection_notice FOREIGN KEY (notice_id) REFERENCES public_notice (id)
);

-- What was done on a case, by whom and when (the case timeline), next to the engine's history.
CREATE TABLE case_event (
    id       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id  BIGINT        NOT NULL,
    occurred_at TIMESTAMP  NOT NULL,
    actor    VARCHAR(64)   NOT NULL,
    event_type VARCHAR(32) NOT NULL,
    detail   VARCHAR(1000),
    CONSTRAINT fk_event_case FOREIGN KEY (case_id) REFERENCES service_case (id)
);
CREATE INDEX idx_event_case ON case_event (case_id, occurred_at);

-- Superseded by number_sequence.
DROP TABLE case_number_seq;
