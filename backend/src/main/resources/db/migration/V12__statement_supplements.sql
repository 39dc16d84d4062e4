-- Issue 12: money is paid once, for care that happened, in the right month.
-- 补充结算单: care confirmed after its month's statement was approved is settled on a supplement
-- of that month (supplement_no 1, 2, ...; the first statement of a month is 0).
ALTER TABLE settlement_statement ADD COLUMN supplement_no INT DEFAULT 0 NOT NULL;
-- 扣减: deliveries paid on an approved statement and failed at a spot check afterwards, taken off
-- the provider's next statement for the street. line_count and total_amount include them (net).
ALTER TABLE settlement_statement ADD COLUMN deduction_count INT DEFAULT 0 NOT NULL;
ALTER TABLE settlement_statement ADD COLUMN deduction_amount DECIMAL(14,2) DEFAULT 0 NOT NULL;
ALTER TABLE settlement_statement DROP CONSTRAINT uk_statement_party_month;
ALTER TABLE settlement_statement ADD CONSTRAINT uk_statement_party_month_supplement
    UNIQUE (kind, party_code, street_code, stmt_month, supplement_no);

-- The statement a paid-then-failed delivery is deducted on: one column, so never twice.
ALTER TABLE service_delivery ADD COLUMN deducted_on_statement_id BIGINT;
CREATE INDEX idx_delivery_deducted_on ON service_delivery (deducted_on_statement_id);
