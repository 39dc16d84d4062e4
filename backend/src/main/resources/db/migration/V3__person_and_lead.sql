-- People the system serves. The ID number is unique: one person record, shared by cases and care.
CREATE TABLE person (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    id_number     VARCHAR(18)  NOT NULL,
    name          VARCHAR(50)  NOT NULL,
    gender        VARCHAR(8)   NOT NULL,
    birth_date    DATE         NOT NULL,
    phone         VARCHAR(20),
    address       VARCHAR(200),
    village_code  VARCHAR(32)  NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    updated_at    TIMESTAMP    NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_person_id_number UNIQUE (id_number),
    CONSTRAINT fk_person_village FOREIGN KEY (village_code) REFERENCES org_unit (code)
);
CREATE INDEX idx_person_village ON person (village_code);

ALTER TABLE service_case ADD COLUMN person_id BIGINT;
ALTER TABLE service_case ADD COLUMN lead_source VARCHAR(32);
ALTER TABLE service_case ADD COLUMN focus_group VARCHAR(32);
-- Set to person_id while the case is open, NULL once closed: the unique key allows one open case per person.
ALTER TABLE service_case ADD COLUMN open_person_id BIGINT;
ALTER TABLE service_case ADD CONSTRAINT uk_service_case_open_person UNIQUE (open_person_id);
ALTER TABLE service_case ADD CONSTRAINT fk_service_case_person FOREIGN KEY (person_id) REFERENCES person (id);
