-- One door (一门受理、协同办理, seed 001 §五): an intake of any hardship for one resident, its needs with their
-- facts, and the routes it raised (低保/特困 application, a department, temporary assistance, the service case).

-- 一门受理: the intake number is the business key of its one-door-intake process.
CREATE TABLE onedoor_intake (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    intake_no       VARCHAR(20)   NOT NULL,
    person_id       BIGINT        NOT NULL,
    -- The person while the intake is open (NULL once done): one open intake per person, races lose with 409.
    open_person_id  BIGINT,
    village_code    VARCHAR(32)   NOT NULL,
    street_code     VARCHAR(32)   NOT NULL,
    district_code   VARCHAR(32)   NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    -- A lead found not genuine for service-type assistance, brought to the one door instead of closing.
    from_case_no    VARCHAR(20),
    note            VARCHAR(1000),
    created_by      VARCHAR(64)   NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    confirmed_by    VARCHAR(64),
    confirmed_at    TIMESTAMP     NULL,
    closed_at       TIMESTAMP     NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_onedoor_intake_no UNIQUE (intake_no),
    CONSTRAINT fk_onedoor_intake_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_onedoor_intake_village FOREIGN KEY (village_code) REFERENCES org_unit (code)
);
CREATE INDEX idx_onedoor_intake_village ON onedoor_intake (village_code, id);
CREATE INDEX idx_onedoor_intake_person ON onedoor_intake (person_id, id);
CREATE UNIQUE INDEX uk_onedoor_intake_open_person ON onedoor_intake (open_person_id);
-- One intake per not-genuine lead.
CREATE UNIQUE INDEX uk_onedoor_intake_from_case ON onedoor_intake (from_case_no);

-- One hardship of the intake with its facts (what the routing rules read).
CREATE TABLE onedoor_need (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    intake_id       BIGINT        NOT NULL,
    need_type       VARCHAR(32)   NOT NULL,
    description     VARCHAR(1000) NOT NULL,
    event_on        DATE,
    amount          DECIMAL(12,2),
    living_at_risk  BOOLEAN       NOT NULL,
    CONSTRAINT fk_onedoor_need_intake FOREIGN KEY (intake_id) REFERENCES onedoor_intake (id)
);
CREATE INDEX idx_onedoor_need_intake ON onedoor_need (intake_id, id);

-- 救助路径: proposed by the rules, confirmed or adjusted by the street office, raised, and done with its outcome.
CREATE TABLE onedoor_route (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    intake_id        BIGINT        NOT NULL,
    need_id          BIGINT        NOT NULL,
    route_type       VARCHAR(24)   NOT NULL,
    department_kind  VARCHAR(32),
    status           VARCHAR(16)   NOT NULL,
    proposed         BOOLEAN       NOT NULL,
    -- The number of what the route became: referral, temporary-aid application or case number.
    ref_no           VARCHAR(32),
    outcome          VARCHAR(24),
    outcome_text     VARCHAR(1000),
    amount_requested DECIMAL(12,2),
    amount_granted   DECIMAL(12,2),
    raised_at        TIMESTAMP     NULL,
    done_at          TIMESTAMP     NULL,
    decided_by       VARCHAR(64),
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_onedoor_route_intake FOREIGN KEY (intake_id) REFERENCES onedoor_intake (id),
    CONSTRAINT fk_onedoor_route_need FOREIGN KEY (need_id) REFERENCES onedoor_need (id)
);
CREATE INDEX idx_onedoor_route_intake ON onedoor_route (intake_id, id);

-- Documents handed in with an intake (certificates, bills, photos of the damage): PDF, JPG or PNG, checked by their bytes.
CREATE TABLE onedoor_document (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    intake_id     BIGINT        NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    storage_key   VARCHAR(200)  NOT NULL,
    uploaded_by   VARCHAR(64)   NOT NULL,
    uploaded_at   TIMESTAMP     NOT NULL,
    CONSTRAINT fk_onedoor_document_intake FOREIGN KEY (intake_id) REFERENCES onedoor_intake (id)
);
CREATE INDEX idx_onedoor_document_intake ON onedoor_document (intake_id, id);
