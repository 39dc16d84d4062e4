-- Issue 12: a visit entered more than app.care.late-entry-days after its date (补录) carries the
-- reason it was entered late; the roster marks a person whose last visit is such an entry.
ALTER TABLE care_visit ADD COLUMN late_entry_reason VARCHAR(100);
ALTER TABLE care_enrolment ADD COLUMN last_visit_late_reason VARCHAR(100);
