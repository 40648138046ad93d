-- auth's read contract for the streamed reads of other modules (docs/module-contracts.md). Other modules read
-- these columns, never app_user, so the rule "a person is current until deleted" and the storage of the weekly
-- plan stay auth's own.
--   onboarded           the person has a TimeClock PIN or key (the secrets themselves stay in app_user)
--   plan_mon..plan_sun  the weekly plan's letter for that weekday: o office, r remote, a away
CREATE VIEW auth_current_person AS
SELECT id AS user_id,
       organization_id,
       email,
       user_name,
       first_name,
       last_name,
       status,
       primary_location_id,
       primary_group_id,
       CASE WHEN pin_hash IS NULL AND timeclock_key IS NULL THEN FALSE ELSE TRUE END AS onboarded,
       SUBSTRING(weekly_plan, 1, 1) AS plan_mon,
       SUBSTRING(weekly_plan, 2, 1) AS plan_tue,
       SUBSTRING(weekly_plan, 3, 1) AS plan_wed,
       SUBSTRING(weekly_plan, 4, 1) AS plan_thu,
       SUBSTRING(weekly_plan, 5, 1) AS plan_fri,
       SUBSTRING(weekly_plan, 6, 1) AS plan_sat,
       SUBSTRING(weekly_plan, 7, 1) AS plan_sun
FROM app_user
WHERE deleted_at IS NULL;
