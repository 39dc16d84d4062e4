-- The monitoring centre's read model (issue 14), kept by monitoring/internal/MonitoringProjection
-- from the engine's task and history events inside the engine's transaction; the overview and the
-- step-duration view read only these tables, never ACT_HI_*.
-- Places: village_code (12 digits) and street_code (9) when the process is about one; place_code is
-- the most specific org code known (village, street or district), '' when none (system processes).

-- One row per process instance, running or ended.
CREATE TABLE mon_instance (
    proc_inst_id  VARCHAR(64)  NOT NULL,
    proc_key      VARCHAR(128) NOT NULL,
    business_key  VARCHAR(255),
    place_code    VARCHAR(32)  NOT NULL DEFAULT '',
    street_code   VARCHAR(32),
    village_code  VARCHAR(32),
    started       TIMESTAMP    NOT NULL,
    ended         TIMESTAMP    NULL,
    CONSTRAINT pk_mon_instance PRIMARY KEY (proc_inst_id)
);
CREATE INDEX idx_mon_instance_open ON mon_instance (ended, place_code, proc_key);

-- The wait states instances are in now (user tasks, timers, message/signal catches, receive tasks).
CREATE TABLE mon_activity (
    act_inst_id   VARCHAR(64)  NOT NULL,
    proc_inst_id  VARCHAR(64)  NOT NULL,
    proc_key      VARCHAR(128) NOT NULL,
    activity_id   VARCHAR(128) NOT NULL,
    activity_type VARCHAR(64)  NOT NULL,
    started       TIMESTAMP    NOT NULL,
    CONSTRAINT pk_mon_activity PRIMARY KEY (act_inst_id)
);
CREATE INDEX idx_mon_activity_instance ON mon_activity (proc_inst_id);
CREATE INDEX idx_mon_activity_step ON mon_activity (proc_key, activity_id);

-- User tasks: open ones (ended null) for the overdue/due-soon figures and the click-through list.
-- Ended rows are deleted once their completion is counted in mon_step_day.
CREATE TABLE mon_task (
    task_id       VARCHAR(64)  NOT NULL,
    proc_inst_id  VARCHAR(64),
    proc_key      VARCHAR(128) NOT NULL,
    task_key      VARCHAR(128) NOT NULL,
    task_name     VARCHAR(255),
    business_key  VARCHAR(255),
    link_kind     VARCHAR(16),
    link_key      VARCHAR(255),
    place_code    VARCHAR(32)  NOT NULL DEFAULT '',
    street_code   VARCHAR(32),
    village_code  VARCHAR(32),
    created       TIMESTAMP    NOT NULL,
    due           TIMESTAMP    NULL,
    assignee      VARCHAR(255),
    group_id      VARCHAR(255),
    CONSTRAINT pk_mon_task PRIMARY KEY (task_id)
);
CREATE INDEX idx_mon_task_due ON mon_task (due, place_code);
CREATE INDEX idx_mon_task_step ON mon_task (proc_key, task_key, due);
CREATE INDEX idx_mon_task_place ON mon_task (place_code, due);

-- Completed user tasks per Beijing day, process, task and street, as a duration histogram:
-- bucket 0 is under 15 minutes, bucket k >= 1 covers [15 min * 2^((k-1)/2), 15 min * 2^(k/2)).
-- n completions, with_due of them had a due date, on_time of those finished by it.
CREATE TABLE mon_step_day (
    done_on      DATE         NOT NULL,
    proc_key     VARCHAR(128) NOT NULL,
    task_key     VARCHAR(128) NOT NULL,
    street_code  VARCHAR(32)  NOT NULL,
    bucket       INT          NOT NULL,
    n            INT          NOT NULL,
    with_due     INT          NOT NULL,
    on_time      INT          NOT NULL,
    CONSTRAINT pk_mon_step_day PRIMARY KEY (proc_key, done_on, task_key, street_code, bucket)
);

-- Open engine incidents.
CREATE TABLE mon_incident (
    incident_id   VARCHAR(64)  NOT NULL,
    proc_inst_id  VARCHAR(64),
    proc_key      VARCHAR(128),
    activity_id   VARCHAR(255),
    created       TIMESTAMP    NOT NULL,
    CONSTRAINT pk_mon_incident PRIMARY KEY (incident_id)
);
CREATE INDEX idx_mon_incident_instance ON mon_incident (proc_inst_id);
