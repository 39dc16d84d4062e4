-- Issue 15: the inbox searches, filters and labels from its own table, never from engine variables.
-- task_key/task_name: the task's step (BPMN id and name), for the task-type filter.
-- subject_name: who the task is about (the recipient, or the statement/batch line), written by the
--   projection from the modules' TaskSubjectResolvers when the task is created.
-- detail: what tells two tasks of one person apart (an order's service item), from the resolvers too.
-- search_text: lower-case business key, order number, name and detail, what the search box matches.
ALTER TABLE inbox_task ADD COLUMN task_key VARCHAR(128);
ALTER TABLE inbox_task ADD COLUMN task_name VARCHAR(255);
ALTER TABLE inbox_task ADD COLUMN subject_name VARCHAR(255);
ALTER TABLE inbox_task ADD COLUMN detail VARCHAR(255);
ALTER TABLE inbox_task ADD COLUMN search_text VARCHAR(1024);
CREATE INDEX idx_inbox_task_group_key ON inbox_task (group_id, task_key, assignee);
CREATE INDEX idx_inbox_task_assignee_key ON inbox_task (assignee, task_key);
