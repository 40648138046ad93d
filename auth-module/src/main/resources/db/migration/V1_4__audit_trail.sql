-- The audit trail: who changed what that matters to security, when and from where. Never a secret or a token.
-- organization_id is the organization the change belongs to; null for server-wide changes (signing and master
-- keys), which only the system organization reads.

CREATE SEQUENCE audit_entry_seq START WITH 1 INCREMENT BY 20;

CREATE TABLE audit_entry (
    id                BIGINT PRIMARY KEY,
    occurred_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    organization_id   BIGINT       REFERENCES organization (id),
    kind              VARCHAR(40)  NOT NULL,
    target            VARCHAR(120),
    detail            VARCHAR(500),
    actor_key_id      VARCHAR(36),
    actor_user_id     BIGINT,
    client_address    VARCHAR(64)
);
CREATE INDEX ix_audit_entry_organization ON audit_entry (organization_id, id);
CREATE INDEX ix_audit_entry_occurred ON audit_entry (occurred_at);
