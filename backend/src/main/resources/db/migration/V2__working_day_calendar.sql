-- Chinese public holidays and make-up working days (调休上班), one row per exceptional day.
-- Every other Monday-Friday is a working day, every other Saturday and Sunday is not.
CREATE TABLE calendar_day (
    cal_date   DATE        NOT NULL PRIMARY KEY,
    kind       VARCHAR(10) NOT NULL,
    name       VARCHAR(50) NOT NULL,
    CONSTRAINT ck_calendar_day_kind CHECK (kind IN ('holiday', 'workday'))
);
