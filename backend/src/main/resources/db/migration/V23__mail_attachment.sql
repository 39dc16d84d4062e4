-- A queued mail may carry one stored file (FileStorage key) as an attachment, e.g. the statutory
-- report's .xlsx mailed to the district managers; the bytes stay in the store, not in the outbox.
ALTER TABLE mail_outbox ADD COLUMN attachment_key VARCHAR(64);
ALTER TABLE mail_outbox ADD COLUMN attachment_name VARCHAR(200);
