-- The lapse sweep in chunks, and warning processes started by batch jobs (issue #17).
-- process_started_at: when the warning's process was started; null until a batch job of
-- care-warning-start.bpmn has started it, so a batch redone after a crash starts each one once.
ALTER TABLE care_warning ADD COLUMN process_started_at TIMESTAMP NULL;
UPDATE care_warning SET process_started_at = raised_at;
-- New lapses only: open_warning_id IS NULL is an equality for the index, so the range on warn_on
-- skips the people whose lapse is already warned (their number grows over the days a warning stays open).
CREATE INDEX idx_care_enrolment_lapse ON care_enrolment (status, open_warning_id, warn_on);
