-- Joint department meeting (联席会议) and social-work agencies (seed 002 §六(三), DOMAIN §1 and §4 end):
-- needs civil affairs cannot meet go on the district's agenda; the meeting decides per item (a department,
-- a social-work agency, or not taken up); an agency's plan rounds and deliveries are kept.

-- 联席会议: one sitting of the district's joint department meeting.
CREATE TABLE meeting (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_no      VARCHAR(20)   NOT NULL,
    district_code   VARCHAR(32)   NOT NULL,
    held_on         DATE          NOT NULL,
    attendees       VARCHAR(1000) NOT NULL,
    note            VARCHAR(1000),
    created_by      VARCHAR(64)   NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    CONSTRAINT uk_meeting_no UNIQUE (meeting_no),
    CONSTRAINT fk_meeting_district FOREIGN KEY (district_code) REFERENCES org_unit (code)
);
CREATE INDEX idx_meeting_district ON meeting (district_code, held_on);

-- 议题: one need of one case on the agenda; the item number is the agency process's business key.
CREATE TABLE meeting_item (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_no             VARCHAR(20)   NOT NULL,
    case_id             BIGINT        NOT NULL,
    case_no             VARCHAR(32)   NOT NULL,
    person_id           BIGINT,
    village_code        VARCHAR(32)   NOT NULL,
    district_code       VARCHAR(32)   NOT NULL,
    need                VARCHAR(1000) NOT NULL,
    why_not_met         VARCHAR(1000) NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    listed_by           VARCHAR(64)   NOT NULL,
    listed_at           TIMESTAMP     NOT NULL,
    meeting_id          BIGINT,
    decision            VARCHAR(16),
    department_kind     VARCHAR(32),
    agency_code         VARCHAR(32),
    decision_note       VARCHAR(1000),
    decided_by          VARCHAR(64),
    decided_at          TIMESTAMP     NULL,
    returned_note       VARCHAR(1000),
    plan_round          INT           NOT NULL DEFAULT 0,
    process_instance_id VARCHAR(64),
    outcome             VARCHAR(20),
    outcome_summary     VARCHAR(1000),
    outcome_by          VARCHAR(64),
    outcome_at          TIMESTAMP     NULL,
    closed_at           TIMESTAMP     NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_meeting_item_no UNIQUE (item_no),
    CONSTRAINT fk_meeting_item_case FOREIGN KEY (case_id) REFERENCES service_case (id),
    CONSTRAINT fk_meeting_item_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_meeting_item_agency FOREIGN KEY (agency_code) REFERENCES org_unit (code)
);
CREATE INDEX idx_meeting_item_village ON meeting_item (village_code, status, id);
CREATE INDEX idx_meeting_item_agency ON meeting_item (agency_code, status, id);
CREATE INDEX idx_meeting_item_case ON meeting_item (case_id, status);
CREATE INDEX idx_meeting_item_meeting ON meeting_item (meeting_id);

-- 服务方案: the agency's plan, one row per submission round, with the district's answer to that round.
CREATE TABLE meeting_plan (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id         BIGINT        NOT NULL,
    plan_round      INT           NOT NULL,
    goals           VARCHAR(1000) NOT NULL,
    services        VARCHAR(1000) NOT NULL,
    schedule_from   DATE          NOT NULL,
    schedule_to     DATE          NOT NULL,
    staff           VARCHAR(200)  NOT NULL,
    budget          DECIMAL(12,2) NOT NULL,
    submitted_by    VARCHAR(64)   NOT NULL,
    submitted_at    TIMESTAMP     NOT NULL,
    review_action   VARCHAR(16),
    review_comment  VARCHAR(1000),
    reviewed_by     VARCHAR(64),
    reviewed_at     TIMESTAMP     NULL,
    CONSTRAINT uk_meeting_plan_round UNIQUE (item_id, plan_round),
    CONSTRAINT fk_meeting_plan_item FOREIGN KEY (item_id) REFERENCES meeting_item (id)
);

-- 服务记录: what the agency delivered, when and for how long.
CREATE TABLE meeting_delivery (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id          BIGINT        NOT NULL,
    delivered_on     DATE          NOT NULL,
    content          VARCHAR(1000) NOT NULL,
    duration_minutes INT           NOT NULL,
    recorded_by      VARCHAR(64)   NOT NULL,
    recorded_at      TIMESTAMP     NOT NULL,
    CONSTRAINT fk_meeting_delivery_item FOREIGN KEY (item_id) REFERENCES meeting_item (id)
);
CREATE INDEX idx_meeting_delivery_item ON meeting_delivery (item_id, delivered_on);
