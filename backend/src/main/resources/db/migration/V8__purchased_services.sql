-- Government-purchased services (DOMAIN §4 way 1 and 6, standards of seed 004): contracts, service
-- orders, deliveries, spot checks, monthly standards, statements and neighbour mutual aid.

-- Staff accounts of providers; a delivery locks its staff row so overlapping records cannot race.
CREATE TABLE provider_staff (
    username      VARCHAR(64)  NOT NULL PRIMARY KEY,
    provider_code VARCHAR(32)  NOT NULL,
    name          VARCHAR(50)  NOT NULL,
    CONSTRAINT fk_provider_staff_org FOREIGN KEY (provider_code) REFERENCES org_unit (code)
);

CREATE TABLE provider_contract (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contract_no   VARCHAR(20)  NOT NULL,
    provider_code VARCHAR(32)  NOT NULL,
    valid_from    DATE         NOT NULL,
    valid_to      DATE         NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    created_by    VARCHAR(64)  NOT NULL,
    CONSTRAINT uk_provider_contract_no UNIQUE (contract_no),
    CONSTRAINT fk_contract_provider FOREIGN KEY (provider_code) REFERENCES org_unit (code)
);
CREATE INDEX idx_contract_provider ON provider_contract (provider_code, valid_to);

CREATE TABLE provider_contract_item (
    contract_id BIGINT        NOT NULL,
    item_code   VARCHAR(32)   NOT NULL,
    unit_price  DECIMAL(10,2) NOT NULL,
    CONSTRAINT pk_contract_item PRIMARY KEY (contract_id, item_code),
    CONSTRAINT fk_contract_item_contract FOREIGN KEY (contract_id) REFERENCES provider_contract (id),
    CONSTRAINT fk_contract_item_item FOREIGN KEY (item_code) REFERENCES service_item (code)
);

-- Streets or villages served; a street code covers all its villages (code prefix).
CREATE TABLE provider_contract_area (
    contract_id BIGINT      NOT NULL,
    area_code   VARCHAR(32) NOT NULL,
    CONSTRAINT pk_contract_area PRIMARY KEY (contract_id, area_code),
    CONSTRAINT fk_contract_area_contract FOREIGN KEY (contract_id) REFERENCES provider_contract (id),
    CONSTRAINT fk_contract_area_org FOREIGN KEY (area_code) REFERENCES org_unit (code)
);

-- 服务工单: one provider's standing order to serve one recipient one granted item.
CREATE TABLE service_order (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_no        VARCHAR(20)  NOT NULL,
    grant_id        BIGINT       NOT NULL,
    case_id         BIGINT       NOT NULL,
    case_no         VARCHAR(32)  NOT NULL,
    village_code    VARCHAR(32)  NOT NULL,
    street_code     VARCHAR(32)  NOT NULL,
    item_code       VARCHAR(32)  NOT NULL,
    card_no         VARCHAR(32)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    provider_code   VARCHAR(32),
    contract_id     BIGINT,
    offered_at      TIMESTAMP    NULL,
    accepted_at     TIMESTAMP    NULL,
    accepted_on     DATE,
    registered_at   TIMESTAMP    NULL,
    ended_on        DATE,
    end_reason      VARCHAR(500),
    process_instance_id VARCHAR(64),
    created_at      TIMESTAMP    NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_service_order_no UNIQUE (order_no),
    CONSTRAINT uk_service_order_grant UNIQUE (grant_id),
    CONSTRAINT fk_order_case FOREIGN KEY (case_id) REFERENCES service_case (id),
    CONSTRAINT fk_order_item FOREIGN KEY (item_code) REFERENCES service_item (code)
);
CREATE INDEX idx_order_provider ON service_order (provider_code, status, id);
CREATE INDEX idx_order_village ON service_order (village_code, status, id);
CREATE INDEX idx_order_card ON service_order (card_no, provider_code);

CREATE TABLE service_order_event (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id      BIGINT       NOT NULL,
    at            TIMESTAMP    NOT NULL,
    actor         VARCHAR(64)  NOT NULL,
    event_type    VARCHAR(20)  NOT NULL,
    provider_code VARCHAR(32),
    detail        VARCHAR(500),
    CONSTRAINT fk_order_event_order FOREIGN KEY (order_id) REFERENCES service_order (id)
);
CREATE INDEX idx_order_event_order ON service_order_event (order_id, id);

-- 服务记录. Money is fixed when recorded: quantity x contract price of that day.
CREATE TABLE service_delivery (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id       BIGINT        NOT NULL,
    provider_code  VARCHAR(32)   NOT NULL,
    street_code    VARCHAR(32)   NOT NULL,
    village_code   VARCHAR(32)   NOT NULL,
    case_id        BIGINT        NOT NULL,
    item_code      VARCHAR(32)   NOT NULL,
    staff_username VARCHAR(64)   NOT NULL,
    service_date   DATE          NOT NULL,
    start_time     TIME          NOT NULL,
    end_time       TIME          NOT NULL,
    minutes        INT           NOT NULL,
    quantity       DECIMAL(10,2) NOT NULL,
    unit_price     DECIMAL(10,2) NOT NULL,
    amount         DECIMAL(12,2) NOT NULL,
    notes          VARCHAR(1000),
    photo_key      VARCHAR(200),
    photo_type     VARCHAR(50),
    status         VARCHAR(16)   NOT NULL,
    confirmed_at   TIMESTAMP     NULL,
    confirm_method VARCHAR(16),
    confirmed_by   VARCHAR(64),
    flagged        BOOLEAN       NOT NULL DEFAULT FALSE,
    flag_reason    VARCHAR(500),
    statement_id   BIGINT,
    created_at     TIMESTAMP     NOT NULL,
    CONSTRAINT fk_delivery_order FOREIGN KEY (order_id) REFERENCES service_order (id)
);
CREATE INDEX idx_delivery_staff_day ON service_delivery (staff_username, service_date);
CREATE INDEX idx_delivery_provider_month ON service_delivery (provider_code, status, service_date);
CREATE INDEX idx_delivery_village ON service_delivery (village_code, service_date);
CREATE INDEX idx_delivery_case ON service_delivery (case_id, service_date);
CREATE INDEX idx_delivery_order ON service_delivery (order_id, service_date);
CREATE INDEX idx_delivery_statement ON service_delivery (statement_id);

-- 抽查: one row per sampled delivery; one draw per provider and month.
CREATE TABLE spot_check_draw (
    provider_code VARCHAR(32) NOT NULL,
    check_month   VARCHAR(7)  NOT NULL,
    drawn_at      TIMESTAMP   NOT NULL,
    sample_size   INT         NOT NULL,
    CONSTRAINT pk_spot_check_draw PRIMARY KEY (provider_code, check_month)
);

CREATE TABLE spot_check (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    delivery_id   BIGINT       NOT NULL,
    provider_code VARCHAR(32)  NOT NULL,
    village_code  VARCHAR(32)  NOT NULL,
    check_month   VARCHAR(7)   NOT NULL,
    status        VARCHAR(10)  NOT NULL,
    check_method  VARCHAR(10),
    note          VARCHAR(500),
    checked_by    VARCHAR(64),
    checked_at    TIMESTAMP    NULL,
    process_instance_id VARCHAR(64),
    CONSTRAINT uk_spot_check_delivery UNIQUE (delivery_id),
    CONSTRAINT fk_spot_check_delivery FOREIGN KEY (delivery_id) REFERENCES service_delivery (id)
);
CREATE INDEX idx_spot_check_village ON spot_check (village_code, check_month);
CREATE INDEX idx_spot_check_provider ON spot_check (provider_code, status);

-- 服务达标预警: a recipient under the monthly standard near month end; once per month.
CREATE TABLE standard_warning (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    warn_month      VARCHAR(7)    NOT NULL,
    case_id         BIGINT        NOT NULL,
    village_code    VARCHAR(32)   NOT NULL,
    services        INT           NOT NULL,
    qualifying      INT           NOT NULL,
    amount          DECIMAL(12,2) NOT NULL,
    required_amount DECIMAL(12,2) NOT NULL,
    reasons         VARCHAR(500)  NOT NULL,
    raised_at       TIMESTAMP     NOT NULL,
    CONSTRAINT uk_standard_warning UNIQUE (warn_month, case_id)
);
CREATE INDEX idx_standard_warning_village ON standard_warning (village_code, warn_month);

-- 结算单: a provider's (per street) or a neighbour helper's monthly statement.
CREATE TABLE settlement_statement (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    statement_no   VARCHAR(20)   NOT NULL,
    kind           VARCHAR(10)   NOT NULL,
    party_code     VARCHAR(32)   NOT NULL,
    street_code    VARCHAR(32)   NOT NULL,
    stmt_month     VARCHAR(7)    NOT NULL,
    status         VARCHAR(10)   NOT NULL,
    line_count     INT           NOT NULL,
    total_amount   DECIMAL(14,2) NOT NULL,
    built_at       TIMESTAMP     NOT NULL,
    submitted_at   TIMESTAMP     NULL,
    submitted_by   VARCHAR(64),
    approved_at    TIMESTAMP     NULL,
    approved_by    VARCHAR(64),
    review_comment VARCHAR(500),
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_statement_no UNIQUE (statement_no),
    CONSTRAINT uk_statement_party_month UNIQUE (kind, party_code, street_code, stmt_month)
);
CREATE INDEX idx_statement_street ON settlement_statement (street_code, stmt_month);

-- 邻里互助: trained neighbours and the help the village records.
CREATE TABLE neighbour_helper (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(50)  NOT NULL,
    id_number    VARCHAR(18)  NOT NULL,
    phone        VARCHAR(20)  NOT NULL,
    village_code VARCHAR(32)  NOT NULL,
    trained_on   DATE,
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at   TIMESTAMP    NOT NULL,
    created_by   VARCHAR(64)  NOT NULL,
    CONSTRAINT uk_neighbour_helper_id UNIQUE (id_number),
    CONSTRAINT fk_helper_village FOREIGN KEY (village_code) REFERENCES org_unit (code)
);
CREATE INDEX idx_helper_village ON neighbour_helper (village_code);

CREATE TABLE neighbour_aid (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    helper_id    BIGINT        NOT NULL,
    case_id      BIGINT        NOT NULL,
    village_code VARCHAR(32)   NOT NULL,
    aid_date     DATE          NOT NULL,
    minutes      INT           NOT NULL,
    content      VARCHAR(500)  NOT NULL,
    amount       DECIMAL(10,2) NOT NULL,
    statement_id BIGINT,
    recorded_by  VARCHAR(64)   NOT NULL,
    recorded_at  TIMESTAMP     NOT NULL,
    CONSTRAINT fk_aid_helper FOREIGN KEY (helper_id) REFERENCES neighbour_helper (id)
);
CREATE INDEX idx_aid_helper_date ON neighbour_aid (helper_id, aid_date);
CREATE INDEX idx_aid_village_date ON neighbour_aid (village_code, aid_date);
