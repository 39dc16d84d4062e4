-- Issue 15: a visit recorded on a phone without signal is sent later, perhaps more than once (a
-- retry after a lost answer, two tabs replaying at once). The phone names each visit with a UUID;
-- the unique key lets exactly one row in, and the first answer is kept so a repeat gets it back.
ALTER TABLE care_visit ADD COLUMN client_id VARCHAR(36);
ALTER TABLE care_visit ADD COLUMN counts_for_schedule BOOLEAN;
ALTER TABLE care_visit ADD COLUMN lapse_open_after BOOLEAN;
CREATE UNIQUE INDEX uk_care_visit_client_id ON care_visit (client_id);
