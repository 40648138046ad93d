-- The directory side of a customer's identity provider: the organization's group hierarchy (replaced whole by
-- each PUT /v1/directory/groups/hierarchy) and people's directory attributes (department, costCenter, ...).
-- A group is its type and its name; types compare case-insensitively (type_key is the lower-case type), names
-- exactly. Lengths are those of DirectoryGroup / UserAttribute. Runs unchanged on H2 and PostgreSQL.

CREATE SEQUENCE directory_group_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE user_attribute_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE directory_group (
    id               BIGINT PRIMARY KEY,
    organization_id  BIGINT       NOT NULL REFERENCES organization (id),
    group_name       VARCHAR(100) NOT NULL,
    group_type       VARCHAR(100) NOT NULL,
    type_key         VARCHAR(100) NOT NULL,
    parent_name      VARCHAR(100),
    parent_type      VARCHAR(100),
    CONSTRAINT uq_directory_group UNIQUE (organization_id, type_key, group_name)
);

CREATE TABLE user_attribute (
    id               BIGINT PRIMARY KEY,
    organization_id  BIGINT       NOT NULL REFERENCES organization (id),
    user_id          BIGINT       NOT NULL REFERENCES app_user (id),
    name             VARCHAR(100) NOT NULL,
    name_key         VARCHAR(100) NOT NULL,
    attribute_value  VARCHAR(200) NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_user_attribute UNIQUE (user_id, name_key)
);
CREATE INDEX ix_user_attribute_group ON user_attribute (organization_id, name_key, attribute_value);

-- auth's read contracts for the warehouse (docs/module-contracts.md).
-- auth_group_member: a current person placed in a group by an attribute that names a group type: `department`
-- always, and every type the organization's hierarchy names.
CREATE VIEW auth_group_member AS
SELECT a.organization_id,
       a.user_id,
       a.name_key        AS type_key,
       a.attribute_value AS group_id
FROM user_attribute a
JOIN app_user u ON u.id = a.user_id AND u.deleted_at IS NULL
WHERE a.name_key = 'department'
   OR EXISTS (SELECT 1 FROM directory_group g WHERE g.organization_id = a.organization_id AND g.type_key = a.name_key);

-- auth_directory_group: the organization's groups, one row each: those of the hierarchy, those people are placed
-- in by their attributes, and those only a person's primary group id names (type null). sort_type orders them.
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
