-- Memory shared by every node: token requests already answered (replay), signed-header API sessions,
-- and failed-authentication counters (throttling).

CREATE TABLE auth_replay (
    request_digest   VARCHAR(64)   PRIMARY KEY,
    api_key_id       VARCHAR(36)   NOT NULL,
    token            VARCHAR(4000) NOT NULL,
    token_expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    forget_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_auth_replay_forget ON auth_replay (forget_at);

CREATE TABLE api_session (
    id               VARCHAR(36)   PRIMARY KEY,
    api_key_id       VARCHAR(36)   NOT NULL REFERENCES api_key (id),
    organization_id  BIGINT        NOT NULL REFERENCES organization (id),
    token            VARCHAR(4000) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_api_session_key ON api_session (api_key_id);

CREATE TABLE auth_failure (
    subject          VARCHAR(120)  PRIMARY KEY,
    window_start     TIMESTAMP WITH TIME ZONE NOT NULL,
    failures         INTEGER       NOT NULL,
    lockouts         INTEGER       NOT NULL,
    blocked_until    TIMESTAMP WITH TIME ZONE
);
