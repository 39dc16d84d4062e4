-- Department referral (一门受理、协同办理, seed 001 §五; seed 003: departments report within 15 working days)
-- and the three-level exit from care monitoring (seed 003: village evaluates → township reviews → county approves).

-- A department is an org unit of level DEPARTMENT (its staff work in DEPARTMENT_STAFF@<code>); this row says
-- which kind it is and which administrative area it serves: a district (every village below it) or a street
-- (township departments of seed 000, e.g. a street's own 司法所). The most specific one serving a village wins.
CREATE TABLE department_unit (
    code         VARCHAR(32)   NOT NULL PRIMARY KEY,
    kind         VARCHAR(30)   NOT NULL,
    serves_code  VARCHAR(32)   NOT NULL,
    CONSTRAINT fk_department_unit_org FOREIGN KEY (code) REFERENCES org_unit (code),
    CONSTRAINT fk_department_unit_serves FOREIGN KEY (serves_code) REFERENCES org_unit (code),
    CONSTRAINT uk_department_unit_kind_area UNIQUE (kind, serves_code)
);

-- One matter of one person referred to one department; the referral number is the process business key.
CREATE TABLE department_referral (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    referral_no      VARCHAR(20)   NOT NULL,
    person_id        BIGINT        NOT NULL,
    village_code     VARCHAR(32)   NOT NULL,
    department_code  VARCHAR(32)   NOT NULL,
    kind             VARCHAR(30)   NOT NULL,
    matter           VARCHAR(1000) NOT NULL,
    source           VARCHAR(20)   NOT NULL,
    source_ref       VARCHAR(64),
    status           VARCHAR(16)   NOT NULL,
    requested_by     VARCHAR(64)   NOT NULL,
    requested_at     TIMESTAMP     NOT NULL,
    accepted_at      TIMESTAMP     NULL,
    due_on           DATE,
    overdue          BOOLEAN       NOT NULL DEFAULT FALSE,
    closed_at        TIMESTAMP     NULL,
    summary          VARCHAR(1000),
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_department_referral_no UNIQUE (referral_no),
    CONSTRAINT fk_department_referral_village FOREIGN KEY (village_code) REFERENCES org_unit (code),
    CONSTRAINT fk_department_referral_department FOREIGN KEY (department_code) REFERENCES org_unit (code)
);
CREATE INDEX idx_department_referral_department ON department_referral (department_code, status, id);
CREATE INDEX idx_department_referral_village ON department_referral (village_code, status, id);
CREATE INDEX idx_department_referral_person ON department_referral (person_id);

-- The history of a referral's steps (requested, accepted, returned, overdue, answered).
CREATE TABLE department_referral_step (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    referral_id  BIGINT        NOT NULL,
    occurred_at  TIMESTAMP     NOT NULL,
    actor        VARCHAR(64)   NOT NULL,
    step         VARCHAR(20)   NOT NULL,
    detail       VARCHAR(1000),
    CONSTRAINT fk_department_referral_step FOREIGN KEY (referral_id) REFERENCES department_referral (id)
);
CREATE INDEX idx_department_referral_step ON department_referral_step (referral_id, occurred_at);

-- A care problem now goes to the department as a department referral; its answer comes back here.
ALTER TABLE care_problem ADD COLUMN referral_no VARCHAR(20);

-- An exit request from care monitoring (village evaluates → township reviews → county approves).
-- active_enrolment_id is set while the request runs, so one enrolment has at most one at a time.
CREATE TABLE care_exit (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    enrolment_id         BIGINT        NOT NULL,
    active_enrolment_id  BIGINT,
    reason               VARCHAR(500)  NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    requested_by         VARCHAR(64)   NOT NULL,
    requested_at         TIMESTAMP     NOT NULL,
    decided_at           TIMESTAMP     NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_care_exit_enrolment FOREIGN KEY (enrolment_id) REFERENCES care_enrolment (id),
    CONSTRAINT uk_care_exit_active UNIQUE (active_enrolment_id)
);
CREATE INDEX idx_care_exit_enrolment ON care_exit (enrolment_id, id);

ALTER TABLE care_enrolment ADD COLUMN ended_on DATE;
