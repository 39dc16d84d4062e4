-- The step view of a whole district summed a year of rows of every street (19 streets: 19 times the
-- rows). Each completion is now also counted in a district row (street_code = the 6-digit district
-- code), and an index leads with the scope, so a district or a street reads only its own rows.
INSERT INTO mon_step_day (done_on, proc_key, task_key, street_code, bucket, n, with_due, on_time)
SELECT done_on, proc_key, task_key, SUBSTRING(street_code, 1, 6), bucket, SUM(n), SUM(with_due), SUM(on_time)
FROM mon_step_day WHERE CHAR_LENGTH(street_code) = 9
GROUP BY done_on, proc_key, task_key, SUBSTRING(street_code, 1, 6), bucket;
CREATE INDEX idx_mon_step_day_scope ON mon_step_day (proc_key, street_code, done_on);
