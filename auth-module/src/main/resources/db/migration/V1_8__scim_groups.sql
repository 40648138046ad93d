-- SCIM 2.0 groups (/scim/v2/Groups): a group of people the identity provider manages, with any number of
-- members (unlike a directory attribute, which places a person in one group of its type). display_key is the
-- lower-case name: two groups of one organization never differ by case only. Runs unchanged on H2 and PostgreSQL.

CREATE SEQUENCE scim_group_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE scim_group (
    id               BIGINT PRIMARY KEY,
    organization_id  BIGINT       NOT NULL REFERENCES organization (id),
    display_name     VARCHAR(100) NOT NULL,
    display_key      VARCHAR(100) NOT NULL,
    external_id      VARCHAR(200),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_scim_group UNIQUE (organization_id, display_key)
);

CREATE TABLE scim_group_member (
    group_id  BIGINT NOT NULL REFERENCES scim_group (id) ON DELETE CASCADE,
    user_id   BIGINT NOT NULL REFERENCES app_user (id),
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX ix_scim_group_member_user ON scim_group_member (user_id);

-- auth's read contracts for the warehouse (docs/module-contracts.md).
-- auth_user_attribute: the directory attributes of current people (department, costCenter, manager, ...).
CREATE VIEW auth_user_attribute AS
SELECT a.organization_id,
       a.user_id,
       a.name,
       a.attribute_value
FROM user_attribute a
JOIN app_user u ON u.id = a.user_id AND u.deleted_at IS NULL;

-- auth_group_member and auth_directory_group (V1_7) now also hold the SCIM groups, as groups of the type `scim`.
DROP VIEW auth_directory_group;
DROP VIEW auth_group_member;

CREATE VIEW auth_group_member AS
SELECT a.organization_id,
       a.user_id,
       a.name_key        AS type_key,
       a.attribute_value AS group_id
FROM user_attribute a
JOIN app_user u ON u.id = a.user_id AND u.deleted_at IS NULL
WHERE a.name_key = 'department'
   OR EXISTS (SELECT 1 FROM directory_group g WHERE g.organization_id = a.organization_id AND g.type_key = a.name_key)
UNION ALL
SELECT g.organization_id,
       m.user_id,
       'scim',
       g.display_name
FROM scim_group_member m
JOIN scim_group g ON g.id = m.group_id
JOIN app_user u ON u.id = m.user_id AND u.deleted_at IS NULL;

CREATE VIEW auth_directory_group AS
SELECT g.organization_id,
       g.group_name  AS group_id,
       g.group_type,
       g.type_key    AS sort_type,
       g.parent_name AS parent_group_id,
       g.parent_type AS parent_group_type
FROM directory_group g
UNION
SELECT m.organization_id,
       m.group_id,
       COALESCE((SELECT MIN(t.group_type) FROM directory_group t
                 WHERE t.organization_id = m.organization_id AND t.type_key = m.type_key), m.type_key),
       m.type_key,
       CAST(NULL AS VARCHAR(100)),
       CAST(NULL AS VARCHAR(100))
FROM auth_group_member m
WHERE NOT EXISTS (SELECT 1 FROM directory_group g
                  WHERE g.organization_id = m.organization_id AND g.type_key = m.type_key AND g.group_name = m.group_id)
UNION
SELECT s.organization_id,
       s.display_name,
       COALESCE((SELECT MIN(t.group_type) FROM directory_group t
                 WHERE t.organization_id = s.organization_id AND t.type_key = 'scim'), 'scim'),
       'scim',
       CAST(NULL AS VARCHAR(100)),
       CAST(NULL AS VARCHAR(100))
FROM scim_group s
WHERE NOT EXISTS (SELECT 1 FROM directory_group g
                  WHERE g.organization_id = s.organization_id AND g.type_key = 'scim' AND g.group_name = s.display_name)
UNION
SELECT u.organization_id,
       u.primary_group_id,
       CAST(NULL AS VARCHAR(100)),
       '',
       CAST(NULL AS VARCHAR(100)),
       CAST(NULL AS VARCHAR(100))
FROM app_user u
WHERE u.deleted_at IS NULL AND u.primary_group_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM directory_group g
                  WHERE g.organization_id = u.organization_id AND g.group_name = u.primary_group_id)
  AND NOT EXISTS (SELECT 1 FROM auth_group_member m
                  WHERE m.organization_id = u.organization_id AND m.group_id = u.primary_group_id);
