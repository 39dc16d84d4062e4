-- The inbox's own view of open user tasks: one row per task and candidate group ('' for none),
-- kept by InboxProjection from the engine's task events. Inbox lists and counts read this table
-- through its indexes instead of joining the engine's task and identity-link tables.
CREATE TABLE inbox_task (
    task_id   VARCHAR(64)  NOT NULL,
    group_id  VARCHAR(255) NOT NULL,
    assignee  VARCHAR(255),
    -- The process's business key (case or enrolment number), so lists need no execution query.
    business_key VARCHAR(255),
    created   TIMESTAMP    NOT NULL,
    due       TIMESTAMP    NULL,
    CONSTRAINT pk_inbox_task PRIMARY KEY (task_id, group_id)
);
CREATE INDEX idx_inbox_task_group ON inbox_task (group_id, assignee, due, created);
CREATE INDEX idx_inbox_task_assignee ON inbox_task (assignee, due, created);
