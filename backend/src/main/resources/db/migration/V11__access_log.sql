-- 访问日志 (PIPL, MLPS level 3): who saw whose personal data, when, from where. Append-only: the app
-- only INSERTs and SELECTs, and deletes rows older than app.access-log.retention (at least 180 days).
-- No foreign keys: a log row must outlive (and never block) changes to the rows it names.
CREATE TABLE access_log (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at   TIMESTAMP     NOT NULL,
    username      VARCHAR(64)   NOT NULL,
    -- The display name at the time of access, so the log reads the same after a rename.
    user_name     VARCHAR(100),
    action        VARCHAR(32)   NOT NULL,
    -- What was read: a case, document, enrolment, order or batch number, or a search term.
    resource      VARCHAR(200)  NOT NULL,
    person_id     BIGINT,
    -- Roster exports: the area exported and how many people were in the file.
    scope_code    VARCHAR(32),
    item_count    INT,
    client_ip     VARCHAR(64)   NOT NULL,
    user_agent    VARCHAR(255),
    request_path  VARCHAR(255)
);
CREATE INDEX idx_access_log_time ON access_log (occurred_at);
CREATE INDEX idx_access_log_person ON access_log (person_id, occurred_at);
CREATE INDEX idx_access_log_user ON access_log (username, occurred_at);
