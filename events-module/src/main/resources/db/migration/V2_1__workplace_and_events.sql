-- The workplace model (location > level > zone > place), plans, bookings, access cards, the five event types
-- and the user actions log. Customer ids (location_id, level_id, ...) are unique per organization.

CREATE SEQUENCE place_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE plan_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE event_seq START WITH 1 INCREMENT BY 100;

CREATE TABLE location (
    id                  BIGINT PRIMARY KEY,
    organization_id     BIGINT       NOT NULL REFERENCES organization (id),
    location_id         VARCHAR(100) NOT NULL,
    name                VARCHAR(200) NOT NULL,
    address             VARCHAR(500),
    status              VARCHAR(16)  NOT NULL,
    has_presence_source BOOLEAN      NOT NULL,
    CONSTRAINT uq_location UNIQUE (organization_id, location_id)
);

CREATE TABLE level (
    id              BIGINT PRIMARY KEY,
    organization_id BIGINT       NOT NULL REFERENCES organization (id),
    location_pk     BIGINT       NOT NULL REFERENCES location (id),
    level_id        VARCHAR(100) NOT NULL,
    name            VARCHAR(200) NOT NULL,
    archived        BOOLEAN      NOT NULL,
    CONSTRAINT uq_level UNIQUE (organization_id, level_id)
);

CREATE TABLE zone (
    id              BIGINT PRIMARY KEY,
    organization_id BIGINT       NOT NULL REFERENCES organization (id),
    level_pk        BIGINT       NOT NULL REFERENCES level (id),
    zone_id         VARCHAR(100) NOT NULL,
    name            VARCHAR(200) NOT NULL,
    archived        BOOLEAN      NOT NULL,
    CONSTRAINT uq_zone UNIQUE (organization_id, zone_id)
);

CREATE TABLE place (
    id               BIGINT PRIMARY KEY,
    organization_id  BIGINT       NOT NULL REFERENCES organization (id),
    zone_pk          BIGINT       NOT NULL REFERENCES zone (id),
    place_id         VARCHAR(100) NOT NULL,
    name             VARCHAR(200) NOT NULL,
    kind             VARCHAR(16)  NOT NULL,
    assigned_user_id BIGINT REFERENCES app_user (id),
    archived         BOOLEAN      NOT NULL,
    CONSTRAINT uq_place UNIQUE (organization_id, place_id)
);

-- A day's plan that differs from the weekly plan (set by an administrator, a booking or time off).
CREATE TABLE day_plan (
    id              BIGINT PRIMARY KEY,
    organization_id BIGINT      NOT NULL REFERENCES organization (id),
    user_id         BIGINT      NOT NULL REFERENCES app_user (id),
    on_day             DATE        NOT NULL,
    plan            VARCHAR(1)  NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_day_plan UNIQUE (user_id, on_day)
);
CREATE INDEX ix_day_plan_org_day ON day_plan (organization_id, on_day);

CREATE TABLE booking (
    id              BIGINT PRIMARY KEY,
    organization_id BIGINT      NOT NULL REFERENCES organization (id),
    user_id         BIGINT      NOT NULL REFERENCES app_user (id),
    on_day             DATE        NOT NULL,
    location_pk     BIGINT      NOT NULL REFERENCES location (id),
    zone_pk         BIGINT REFERENCES zone (id),
    place_pk        BIGINT REFERENCES place (id),
    depth           INTEGER     NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_booking_user_day UNIQUE (user_id, on_day),
    CONSTRAINT uq_booking_place_day UNIQUE (place_pk, on_day)
);
CREATE INDEX ix_booking_org_day ON booking (organization_id, on_day);

CREATE TABLE access_card (
    id              BIGINT PRIMARY KEY,
    organization_id BIGINT       NOT NULL REFERENCES organization (id),
    user_id         BIGINT       NOT NULL REFERENCES app_user (id),
    card_number     VARCHAR(100) NOT NULL,
    facility_code   VARCHAR(100),
    credential_type VARCHAR(100),
    active          BOOLEAN      NOT NULL,
    scan_data       VARCHAR(4000),
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_access_card UNIQUE (organization_id, card_number)
);
CREATE INDEX ix_access_card_user ON access_card (user_id);

CREATE TABLE presence_event (
    id              BIGINT PRIMARY KEY,
    organization_id BIGINT       NOT NULL REFERENCES organization (id),
    source_id       VARCHAR(200) NOT NULL,
    event_id        VARCHAR(200) NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    location_type   VARCHAR(16)  NOT NULL,
    location_ref    VARCHAR(100) NOT NULL,
    location_pk     BIGINT       NOT NULL REFERENCES location (id),
    user_id         BIGINT       NOT NULL REFERENCES app_user (id),
    source_user_id  VARCHAR(200),
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_presence_event UNIQUE (organization_id, source_id, event_id)
);
CREATE INDEX ix_presence_org_time ON presence_event (organization_id, occurred_at);
CREATE INDEX ix_presence_user_time ON presence_event (user_id, occurred_at);

CREATE TABLE occupancy_event (
    id              BIGINT PRIMARY KEY,
    organization_id BIGINT       NOT NULL REFERENCES organization (id),
    source_id       VARCHAR(200) NOT NULL,
    event_id        VARCHAR(200) NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    location_type   VARCHAR(16)  NOT NULL,
    location_ref    VARCHAR(100) NOT NULL,
    location_pk     BIGINT       NOT NULL REFERENCES location (id),
    occupied        BOOLEAN,
    occupancy       INTEGER,
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_occupancy_event UNIQUE (organization_id, source_id, event_id)
);

CREATE TABLE visitor_arrival (
    id              BIGINT PRIMARY KEY,
    organization_id BIGINT       NOT NULL REFERENCES organization (id),
    source_id       VARCHAR(200) NOT NULL,
    event_id        VARCHAR(200) NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    location_type   VARCHAR(16)  NOT NULL,
    location_ref    VARCHAR(100) NOT NULL,
    location_pk     BIGINT       NOT NULL REFERENCES location (id),
    visitor_name    VARCHAR(200) NOT NULL,
    visitor_email   VARCHAR(254),
    host_user_id    BIGINT REFERENCES app_user (id),
    company         VARCHAR(200),
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_visitor_arrival UNIQUE (organization_id, source_id, event_id)
);

CREATE TABLE timeoff_event (
    id              BIGINT PRIMARY KEY,
    organization_id BIGINT       NOT NULL REFERENCES organization (id),
    event_id        VARCHAR(200) NOT NULL,
    user_id         BIGINT       NOT NULL REFERENCES app_user (id),
    event_type      VARCHAR(16)  NOT NULL,
    start_date      DATE         NOT NULL,
    end_date        DATE         NOT NULL,
    time_off_type   VARCHAR(16),
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_timeoff_event UNIQUE (organization_id, event_id)
);

-- Every change of a plan or booking, with who or what made it (a user id, an API key id, or "system").
CREATE TABLE user_action (
    id              BIGINT PRIMARY KEY,
    organization_id BIGINT       NOT NULL REFERENCES organization (id),
    user_id         BIGINT       NOT NULL REFERENCES app_user (id),
    event_time      TIMESTAMP WITH TIME ZONE NOT NULL,
    on_day             DATE,
    action          VARCHAR(40)  NOT NULL,
    description     VARCHAR(500) NOT NULL,
    changed_by      VARCHAR(100) NOT NULL,
    reason          VARCHAR(200)
);
CREATE INDEX ix_user_action_org_time ON user_action (organization_id, event_time);
