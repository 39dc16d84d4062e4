-- Charity referral (DOMAIN §4 way 7, seed 002 §四(三)7 and §六(三)): consent, batches sent to a charity,
-- one row per referred person, plans and their review loop, activities, and stale-referral warnings.

-- 同意转介: a person's consent that names and contact data may go to a charity organisation.
-- charity_code NULL means any charity organisation of the district.
CREATE TABLE referral_consent (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id         BIGINT        NOT NULL,
    charity_code    VARCHAR(32),
    giver_relation  VARCHAR(16)   NOT NULL,
    giver_name      VARCHAR(50)   NOT NULL,
    given_on        DATE          NOT NULL,
    document_note   VARCHAR(500),
    recorded_by     VARCHAR(64)   NOT NULL,
    recorded_at     TIMESTAMP     NOT NULL,
    withdrawn_at    TIMESTAMP     NULL,
    withdrawn_by    VARCHAR(64),
    withdraw_reason VARCHAR(500),
    CONSTRAINT fk_consent_case FOREIGN KEY (case_id) REFERENCES service_case (id),
    CONSTRAINT fk_consent_charity FOREIGN KEY (charity_code) REFERENCES org_unit (code)
);
CREATE INDEX idx_consent_case ON referral_consent (case_id, withdrawn_at);

-- 转介批次: one list of names sent to one charity; the batch number is the process business key.
CREATE TABLE referral_batch (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    batch_no            VARCHAR(20)   NOT NULL,
    charity_code        VARCHAR(32)   NOT NULL,
    origin_code         VARCHAR(32)   NOT NULL,
    district_code       VARCHAR(32)   NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    note                VARCHAR(500),
    sent_at             TIMESTAMP     NOT NULL,
    sent_by             VARCHAR(64)   NOT NULL,
    responded_at        TIMESTAMP     NULL,
    agreed_at           TIMESTAMP     NULL,
    closed_at           TIMESTAMP     NULL,
    plan_round          INT           NOT NULL DEFAULT 0,
    process_instance_id VARCHAR(64),
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_referral_batch_no UNIQUE (batch_no),
    CONSTRAINT fk_batch_charity FOREIGN KEY (charity_code) REFERENCES org_unit (code),
    CONSTRAINT fk_batch_origin FOREIGN KEY (origin_code) REFERENCES org_unit (code)
);
CREATE INDEX idx_batch_charity ON referral_batch (charity_code, status, id);
CREATE INDEX idx_batch_origin ON referral_batch (origin_code, status, id);
CREATE INDEX idx_batch_district ON referral_batch (district_code, sent_at);

-- One referred person in a batch.
CREATE TABLE referral_item (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    batch_id          BIGINT        NOT NULL,
    case_id           BIGINT        NOT NULL,
    case_no           VARCHAR(32)   NOT NULL,
    grant_id          BIGINT        NOT NULL,
    consent_id        BIGINT        NOT NULL,
    village_code      VARCHAR(32)   NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    decline_reason    VARCHAR(500),
    responded_at      TIMESTAMP     NULL,
    responded_by      VARCHAR(64),
    outcome           VARCHAR(16),
    outcome_reason    VARCHAR(16),
    outcome_note      VARCHAR(500),
    closed_at         TIMESTAMP     NULL,
    closed_by         VARCHAR(64),
    first_activity_on DATE,
    last_activity_on  DATE,
    activity_count    INT           NOT NULL DEFAULT 0,
    contact_shared    BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_item_batch FOREIGN KEY (batch_id) REFERENCES referral_batch (id),
    CONSTRAINT fk_item_case FOREIGN KEY (case_id) REFERENCES service_case (id),
    CONSTRAINT fk_item_consent FOREIGN KEY (consent_id) REFERENCES referral_consent (id)
);
CREATE INDEX idx_item_batch ON referral_item (batch_id, id);
CREATE INDEX idx_item_case ON referral_item (case_id, status);
CREATE INDEX idx_item_grant ON referral_item (grant_id, status);
CREATE INDEX idx_item_consent ON referral_item (consent_id, status);
CREATE INDEX idx_item_village ON referral_item (village_code, status);

-- 帮扶方案: for one person (item_id) or the whole batch (item_id NULL); version counts revisions.
CREATE TABLE referral_plan (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    batch_id           BIGINT        NOT NULL,
    item_id            BIGINT,
    schedule_from      DATE          NOT NULL,
    schedule_to        DATE          NOT NULL,
    budget             DECIMAL(12,2) NOT NULL,
    responsible_person VARCHAR(50)   NOT NULL,
    responsible_phone  VARCHAR(20),
    description        VARCHAR(2000),
    version            INT           NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    updated_at         TIMESTAMP     NOT NULL,
    updated_by         VARCHAR(64)   NOT NULL,
    submitted_at       TIMESTAMP     NULL,
    agreed_at          TIMESTAMP     NULL,
    agreed_by          VARCHAR(64),
    CONSTRAINT fk_plan_batch FOREIGN KEY (batch_id) REFERENCES referral_batch (id),
    CONSTRAINT fk_plan_item FOREIGN KEY (item_id) REFERENCES referral_item (id)
);
CREATE INDEX idx_plan_batch ON referral_plan (batch_id, item_id);

-- Content items of a plan: VISIT, LOW_PRICE_GOODS, CLOTHING, CHARITY_PROJECT_APPLICATION, VOLUNTEER_SERVICE.
CREATE TABLE referral_plan_content (
    plan_id      BIGINT      NOT NULL,
    content_code VARCHAR(32) NOT NULL,
    CONSTRAINT pk_plan_content PRIMARY KEY (plan_id, content_code),
    CONSTRAINT fk_plan_content_plan FOREIGN KEY (plan_id) REFERENCES referral_plan (id)
);

-- The submit / return / resubmit / agree loop of a batch's plans, kept whole.
CREATE TABLE referral_plan_review (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    batch_id      BIGINT        NOT NULL,
    plan_round    INT           NOT NULL,
    review_action VARCHAR(16)   NOT NULL,
    review_comment VARCHAR(1000),
    actor         VARCHAR(64)   NOT NULL,
    occurred_at   TIMESTAMP     NOT NULL,
    CONSTRAINT fk_review_batch FOREIGN KEY (batch_id) REFERENCES referral_batch (id)
);
CREATE INDEX idx_review_batch ON referral_plan_review (batch_id, id);

-- 帮扶活动: what the charity did for a person, against the agreed plan.
CREATE TABLE referral_activity (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    batch_id      BIGINT        NOT NULL,
    item_id       BIGINT        NOT NULL,
    plan_id       BIGINT        NOT NULL,
    case_id       BIGINT        NOT NULL,
    activity_date DATE          NOT NULL,
    kind          VARCHAR(32)   NOT NULL,
    description   VARCHAR(1000) NOT NULL,
    amount        DECIMAL(12,2),
    recorded_by   VARCHAR(64)   NOT NULL,
    recorded_at   TIMESTAMP     NOT NULL,
    CONSTRAINT fk_activity_batch FOREIGN KEY (batch_id) REFERENCES referral_batch (id),
    CONSTRAINT fk_activity_item FOREIGN KEY (item_id) REFERENCES referral_item (id),
    CONSTRAINT fk_activity_plan FOREIGN KEY (plan_id) REFERENCES referral_plan (id)
);
CREATE INDEX idx_activity_item ON referral_activity (item_id, activity_date);
CREATE INDEX idx_activity_batch ON referral_activity (batch_id, activity_date);
CREATE INDEX idx_activity_case ON referral_activity (case_id, activity_date);

-- 停滞预警: a running referral without activity; one per person and stale episode.
CREATE TABLE referral_warning (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    batch_id    BIGINT        NOT NULL,
    item_id     BIGINT        NOT NULL,
    reason      VARCHAR(16)   NOT NULL,
    detail      VARCHAR(500)  NOT NULL,
    raised_at   TIMESTAMP     NOT NULL,
    resolved_at TIMESTAMP     NULL,
    resolved_by VARCHAR(64),
    resolution  VARCHAR(1000),
    CONSTRAINT fk_warning_batch FOREIGN KEY (batch_id) REFERENCES referral_batch (id),
    CONSTRAINT fk_warning_item FOREIGN KEY (item_id) REFERENCES referral_item (id)
);
CREATE INDEX idx_warning_batch ON referral_warning (batch_id, resolved_at);
CREATE INDEX idx_warning_item ON referral_warning (item_id, raised_at);
CREATE INDEX idx_warning_open ON referral_warning (resolved_at, id);
