-- Bulk reminders and reassignments a manager or street clerk made from the monitoring centre:
-- who, when, what, how many, which tasks (ids, comma-separated) and to whom.
CREATE TABLE mon_bulk_action (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    kind         VARCHAR(16)  NOT NULL,
    actor        VARCHAR(255) NOT NULL,
    actor_name   VARCHAR(255) NOT NULL,
    scope_code   VARCHAR(32)  NOT NULL,
    acted_at     TIMESTAMP    NOT NULL,
    task_count   INT          NOT NULL,
    task_ids     VARCHAR(8000) NOT NULL,
    assignee     VARCHAR(255),
    assignee_name VARCHAR(255),
    CONSTRAINT pk_mon_bulk_action PRIMARY KEY (id)
);
CREATE INDEX idx_mon_bulk_action_scope ON mon_bulk_action (scope_code, acted_at);
