-- Organizations (tenants), the directory of people, API keys and the keys that sign tokens.
-- Runs unchanged on H2 and PostgreSQL.

CREATE SEQUENCE organization_seq START WITH 1 INCREMENT BY 10;
CREATE SEQUENCE app_user_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE api_key_secret_seq START WITH 1 INCREMENT BY 10;

CREATE TABLE organization (
    id            BIGINT PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    account_name  VARCHAR(100) NOT NULL,
    country       VARCHAR(2)   NOT NULL,
    time_zone     VARCHAR(64)  NOT NULL,
    system_org    BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_organization_account UNIQUE (account_name)
);

CREATE TABLE app_user (
    id                  BIGINT PRIMARY KEY,
    organization_id     BIGINT       NOT NULL REFERENCES organization (id),
    email               VARCHAR(254),
    first_name          VARCHAR(100) NOT NULL,
    last_name           VARCHAR(100) NOT NULL,
    user_name           VARCHAR(100),
    phone               VARCHAR(45),
    status              VARCHAR(16)  NOT NULL,
    primary_location_id VARCHAR(100),
    primary_group_id    VARCHAR(100),
    weekly_plan         VARCHAR(7)   NOT NULL,
    pin_hash            VARCHAR(100),
    timeclock_key       VARCHAR(200),
    deleted_email       VARCHAR(254),
    deleted_at          TIMESTAMP WITH TIME ZONE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_app_user_email UNIQUE (organization_id, email)
);

CREATE TABLE api_key (
    id               VARCHAR(36)  PRIMARY KEY,
    organization_id  BIGINT       NOT NULL REFERENCES organization (id),
    name             VARCHAR(200) NOT NULL,
    role             VARCHAR(16)  NOT NULL,
    authentication   VARCHAR(16)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_api_key_organization ON api_key (organization_id);

-- A key has one secret, or two while a rotation overlaps; the secret is AES-GCM ciphertext under a master key.
CREATE TABLE api_key_secret (
    id           BIGINT PRIMARY KEY,
    api_key_id   VARCHAR(36)  NOT NULL REFERENCES api_key (id),
    secret       VARCHAR(200) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_api_key_secret_key ON api_key_secret (api_key_id);

CREATE TABLE signing_key (
    kid          VARCHAR(64)   PRIMARY KEY,
    public_key   VARCHAR(1000) NOT NULL,
    private_key  VARCHAR(4000) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at   TIMESTAMP WITH TIME ZONE
);
