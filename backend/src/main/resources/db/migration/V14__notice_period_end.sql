-- Issue 12: a public notice runs its full period. The moment the process's period timer fired
-- (NULL while the period runs), so the case page, the board and the timeline say 公示期满 only
-- once the period has really ended. From now on ends_on is the period's last day (inclusive).
ALTER TABLE public_notice ADD COLUMN period_ended_at TIMESTAMP NULL;
