-- The TimeClock API: projects and their assignees, work sessions, off-times, public holidays,
-- and each person's default project. Clock times are unix seconds, as the TimeClock API speaks them.

CREATE SEQUENCE timeclock_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE project (
    id              BIGINT PRIMARY KEY,
    organization_id BIGINT       NOT NULL REFERENCES organization (id),
    name            VARCHAR(255) NOT NULL,
    color           VARCHAR(7),
    status          VARCHAR(16)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    updated_at      BIGINT       NOT NULL
);
CREATE INDEX ix_project_org ON project (organization_id);

CREATE TABLE project_assignee (
    project_id BIGINT NOT NULL REFERENCES project (id),
    user_id    BIGINT NOT NULL REFERENCES app_user (id),
    PRIMARY KEY (project_id, user_id)
);
CREATE INDEX ix_project_assignee_user ON project_assignee (user_id);

CREATE TABLE timeclock_profile (
    user_id            BIGINT PRIMARY KEY REFERENCES app_user (id),
    default_project_id BIGINT REFERENCES project (id)
);

CREATE TABLE work_session (
    id              BIGINT PRIMARY KEY,
    organization_id BIGINT        NOT NULL REFERENCES organization (id),
    user_id         BIGINT        NOT NULL REFERENCES app_user (id),
    clock_in        BIGINT        NOT NULL,
    clock_out       BIGINT,
    note            VARCHAR(1000),
    project_id      BIGINT REFERENCES project (id),
    created_at      BIGINT        NOT NULL,
    updated_at      BIGINT        NOT NULL
);
CREATE INDEX ix_work_session_user ON work_session (user_id, clock_in);

CREATE TABLE off_time (
    id              BIGINT PRIMARY KEY,
    organization_id BIGINT        NOT NULL REFERENCES organization (id),
    user_id         BIGINT        NOT NULL REFERENCES app_user (id),
    start_at        DATE          NOT NULL,
    end_at          DATE          NOT NULL,
    note            VARCHAR(1000),
    off_type        INTEGER       NOT NULL,
    approved        INTEGER       NOT NULL,
    created_at      BIGINT        NOT NULL,
    updated_at      BIGINT        NOT NULL
);
CREATE INDEX ix_off_time_user ON off_time (user_id, start_at);

CREATE TABLE holiday (
    id              BIGINT PRIMARY KEY,
    organization_id BIGINT      NOT NULL REFERENCES organization (id),
    country         VARCHAR(2)  NOT NULL,
    holiday_year    INTEGER     NOT NULL,
    holiday_month   INTEGER     NOT NULL,
    holiday_day     INTEGER     NOT NULL,
    CONSTRAINT uq_holiday UNIQUE (organization_id, country, holiday_year, holiday_month, holiday_day)
);
