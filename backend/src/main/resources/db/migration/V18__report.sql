-- Stored statutory reports (reports module): the progress report to the county and the annual
-- performance evaluation, as .xlsx files in FileStorage. A scheduled report has a schedule_key
-- (kind, district, period) so a retried or repeated timer run produces it once.
CREATE TABLE report (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind          VARCHAR(24)   NOT NULL,
    origin        VARCHAR(16)   NOT NULL,
    org_code      VARCHAR(32)   NOT NULL,
    period_from   DATE          NOT NULL,
    period_to     DATE          NOT NULL,
    schedule_key  VARCHAR(100),
    file_key      VARCHAR(64)   NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    created_by    VARCHAR(64)   NOT NULL,
    CONSTRAINT uk_report_schedule UNIQUE (schedule_key),
    CONSTRAINT fk_report_org FOREIGN KEY (org_code) REFERENCES org_unit (code)
);
CREATE INDEX idx_report_org ON report (org_code, created_at);
