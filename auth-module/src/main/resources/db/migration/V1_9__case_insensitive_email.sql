-- People are found by email without regard to case (issue #13): Ada@Example.com and ada@example.com are one
-- person. email keeps the spelling the person was given; email_key (its lower case, written by the application)
-- is what lookups compare and what is unique per organization. A plain column rather than an index on
-- lower(email), which H2 cannot build. Fails if an organization already has two emails differing only in case:
-- those must be merged first.
ALTER TABLE app_user ADD COLUMN email_key VARCHAR(254);
UPDATE app_user SET email_key = LOWER(email) WHERE email IS NOT NULL;
ALTER TABLE app_user DROP CONSTRAINT uq_app_user_email;
ALTER TABLE app_user ADD CONSTRAINT uq_app_user_email_key UNIQUE (organization_id, email_key);
