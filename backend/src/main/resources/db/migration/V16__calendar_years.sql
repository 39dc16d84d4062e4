-- Years whose State Council holiday notice has been loaded, written by the import (bundled CSV at
-- start-up or an administrator's CSV), never inferred from calendar_day: a year may legitimately
-- have few exceptional days, and a notice may list days of the year before (a 元旦 block).
-- A working-day deadline that ends in a year missing here is provisional (暂定).
CREATE TABLE calendar_year (
    cal_year   INT          NOT NULL PRIMARY KEY,
    load_source VARCHAR(10) NOT NULL,
    day_rows   INT          NOT NULL,
    loaded_at  TIMESTAMP    NOT NULL,
    loaded_by  VARCHAR(255) NULL,
    CONSTRAINT ck_calendar_year_source CHECK (load_source IN ('bundled', 'import'))
);
