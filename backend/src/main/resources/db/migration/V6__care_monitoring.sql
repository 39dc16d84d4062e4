-- Special-difficulty care monitoring (DOMAIN §5): enrolment with grading facts, visits, warnings.
CREATE TABLE care_enrolment (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    enrolment_no           VARCHAR(20)   NOT NULL,
    person_id              BIGINT        NOT NULL,
    -- person_id while not ended, NULL after: one active enrolment per person.
    active_person_id       BIGINT,
    village_code           VARCHAR(32)   NOT NULL,
    care_group             VARCHAR(40)   NOT NULL,
    lives_alone            BOOLEAN       NOT NULL,
    self_care              VARCHAR(10)   NOT NULL,
    remote_dwelling        BOOLEAN       NOT NULL,
    neighbours_nearby      INT           NOT NULL,
    serious_illness        BOOLEAN       NOT NULL,
    carer_in_difficulty    BOOLEAN       NOT NULL,
    legal_supporter        BOOLEAN       NOT NULL,
    support_lacking        BOOLEAN       NOT NULL,
    note                   VARCHAR(500),
    status                 VARCHAR(20)   NOT NULL,
    proposed_level         INT,
    care_level             INT,
    level_reason           VARCHAR(500),
    graded_on              DATE,
    grading_pending        BOOLEAN       NOT NULL DEFAULT FALSE,
    responsible_username   VARCHAR(64),
    responsible_name       VARCHAR(50),
    -- Schedule, kept current on every visit, grading and emergency change, so that the daily
    -- sweep is one indexed range query: cost grows with lapses, not with people.
    last_visit_on          DATE,
    baseline_on            DATE,
    next_due_on            DATE,
    warn_on                DATE,
    in_emergency           BOOLEAN       NOT NULL DEFAULT FALSE,
    open_warning_id        BIGINT,
    household_plan         VARCHAR(2000),
    person_measures        VARCHAR(2000),
    created_at             TIMESTAMP     NOT NULL,
    created_by             VARCHAR(64)   NOT NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_care_enrolment_no UNIQUE (enrolment_no),
    CONSTRAINT uk_care_enrolment_active_person UNIQUE (active_person_id),
    CONSTRAINT fk_care_enrolment_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_care_enrolment_village FOREIGN KEY (village_code) REFERENCES org_unit (code)
);
CREATE INDEX idx_care_enrolment_warn ON care_enrolment (status, warn_on);
CREATE INDEX idx_care_enrolment_due ON care_enrolment (status, next_due_on);
CREATE INDEX idx_care_enrolment_village ON care_enrolment (village_code, status);
CREATE INDEX idx_care_enrolment_responsible ON care_enrolment (responsible_username, status);

CREATE TABLE care_visit (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    enrolment_id   BIGINT        NOT NULL,
    visited_at     TIMESTAMP     NOT NULL,
    visit_on       DATE          NOT NULL,
    mode           VARCHAR(10)   NOT NULL,
    met            VARCHAR(100)  NOT NULL,
    findings       VARCHAR(2000) NOT NULL,
    risk           VARCHAR(10)   NOT NULL,
    photo_key      VARCHAR(64),
    photo_type     VARCHAR(40),
    recorded_by    VARCHAR(64)   NOT NULL,
    recorded_at    TIMESTAMP     NOT NULL,
    CONSTRAINT fk_care_visit_enrolment FOREIGN KEY (enrolment_id) REFERENCES care_enrolment (id)
);
CREATE INDEX idx_care_visit_enrolment ON care_visit (enrolment_id, visited_at);

CREATE TABLE care_warning (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    enrolment_id         BIGINT        NOT NULL,
    kind                 VARCHAR(20)   NOT NULL,
    stage                INT           NOT NULL,
    raised_on            DATE          NOT NULL,
    raised_at            TIMESTAMP     NOT NULL,
    gap_days             INT,
    escalated_at         TIMESTAMP,
    resolved_at          TIMESTAMP,
    resolved_by_visit_id BIGINT,
    CONSTRAINT fk_care_warning_enrolment FOREIGN KEY (enrolment_id) REFERENCES care_enrolment (id)
);
CREATE INDEX idx_care_warning_enrolment ON care_warning (enrolment_id, resolved_at);

CREATE TABLE care_assignment (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    enrolment_id   BIGINT        NOT NULL,
    username       VARCHAR(64)   NOT NULL,
    name           VARCHAR(50)   NOT NULL,
    care_level     INT           NOT NULL,
    assigned_at    TIMESTAMP     NOT NULL,
    assigned_by    VARCHAR(64)   NOT NULL,
    reason         VARCHAR(500),
    ended_at       TIMESTAMP,
    CONSTRAINT fk_care_assignment_enrolment FOREIGN KEY (enrolment_id) REFERENCES care_enrolment (id)
);
CREATE INDEX idx_care_assignment_enrolment ON care_assignment (enrolment_id);

CREATE TABLE care_emergency (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    org_code         VARCHAR(32)   NOT NULL,
    reason           VARCHAR(200)  NOT NULL,
    starts_on        DATE          NOT NULL,
    ends_on          DATE,
    interval_days    INT           NOT NULL,
    warn_after_days  INT           NOT NULL,
    declared_by      VARCHAR(64)   NOT NULL,
    declared_at      TIMESTAMP     NOT NULL,
    lifted_by        VARCHAR(64),
    lifted_at        TIMESTAMP,
    CONSTRAINT fk_care_emergency_org FOREIGN KEY (org_code) REFERENCES org_unit (code)
);

CREATE TABLE care_problem (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    enrolment_id     BIGINT        NOT NULL,
    visit_id         BIGINT,
    department       VARCHAR(30)   NOT NULL,
    description      VARCHAR(1000) NOT NULL,
    due_on           DATE          NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    resolution       VARCHAR(1000),
    resolved_at      TIMESTAMP,
    resolved_by      VARCHAR(64),
    created_at       TIMESTAMP     NOT NULL,
    created_by       VARCHAR(64)   NOT NULL,
    CONSTRAINT fk_care_problem_enrolment FOREIGN KEY (enrolment_id) REFERENCES care_enrolment (id)
);
CREATE INDEX idx_care_problem_enrolment ON care_problem (enrolment_id);

CREATE TABLE care_event (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    enrolment_id   BIGINT        NOT NULL,
    occurred_at    TIMESTAMP     NOT NULL,
    actor          VARCHAR(64)   NOT NULL,
    event_type     VARCHAR(30)   NOT NULL,
    detail         VARCHAR(1000),
    CONSTRAINT fk_care_event_enrolment FOREIGN KEY (enrolment_id) REFERENCES care_enrolment (id)
);
CREATE INDEX idx_care_event_enrolment ON care_event (enrolment_id, occurred_at);
