-- What GET /v1/analytics/user-booking-attendance answers, computed by one query: one row per person and day,
-- ordered by person then day, with the same columns in the same order (the day's plan, the booking with the
-- names of its location, level, zone and place, the attendance type from the detections that day).
-- The attendance rules are those of warehouse-module AttendanceRules: the planned office is the booking's
-- location, else the primary location; detections are grouped by UTC day.
-- It reads what the server reads: the views auth and events publish (docs/module-contracts.md), not their tables.
-- JDBC parameters: organization id, first day, last day (both days included).
--
-- The days come from an integer generate_series over constants (params is inlined, not materialized): the planner
-- then knows there are 30 days and estimates 150,000 rows. With generate_series over dates it guesses 1,000 days,
-- 5,000,000 rows, and PostgreSQL spends ~0.9 s JIT-compiling the query (jit_above_cost), more than half its time.
with params as not materialized (
    select cast(? as bigint) as org, cast(? as date) as first_day, cast(? as date) as last_day
),
days as (
    select params.first_day + i as on_day
    from params, generate_series(0, params.last_day - params.first_day) as i
),
detections as (
    select e.user_id, cast(e.occurred_at at time zone 'UTC' as date) as on_day,
           array_agg(distinct e.location_pk) as offices
    from events_presence e, params
    where e.organization_id = params.org
      and e.occurred_at >= cast(params.first_day as timestamp) at time zone 'UTC'
      and e.occurred_at < cast(params.last_day + 1 as timestamp) at time zone 'UTC'
    group by 1, 2
),
person_days as (
    select u.user_id, u.primary_location_id, u.primary_group_id, d.on_day,
           coalesce(dp.plan, case cast(extract(isodow from d.on_day) as int)
                                 when 1 then u.plan_mon when 2 then u.plan_tue when 3 then u.plan_wed
                                 when 4 then u.plan_thu when 5 then u.plan_fri when 6 then u.plan_sat
                                 else u.plan_sun end) as plan,
           primary_office.location_pk as primary_pk, primary_office.name as primary_name,
           primary_office.has_presence_source as primary_has_source,
           b.depth, booked.location_pk as booked_pk, b.location_id as booked_location_id,
           b.location_name as booked_name, booked.has_presence_source as booked_has_source,
           b.level_id, b.level_name, b.zone_id, b.zone_name, b.place_id, b.place_name,
           det.offices
    from params
    join auth_current_person u on u.organization_id = params.org
    cross join days d
    left join events_location primary_office
           on primary_office.organization_id = u.organization_id and primary_office.location_id = u.primary_location_id
    left join events_day_plan dp on dp.user_id = u.user_id and dp.on_day = d.on_day
    left join events_booking b on b.user_id = u.user_id and b.on_day = d.on_day
    left join events_location booked on booked.location_pk = b.location_pk
    left join detections det on det.user_id = u.user_id and det.on_day = d.on_day
)
select user_id, primary_location_id, primary_name, on_day, plan, depth,
       case
           when plan <> 'o' then case when offices is null then null else 'walkIn' end
           when coalesce(booked_pk, primary_pk) is null
               then case when offices is null then 'unconfirmed' else 'confirmed' end
           when coalesce(booked_pk, primary_pk) = any (offices) then 'confirmed'
           when coalesce(booked_has_source, primary_has_source) then 'noShow'
           else 'unconfirmed'
       end as attendance_type,
       booked_location_id, booked_name, level_id, level_name, zone_id, zone_name, place_id, place_name,
       primary_group_id
from person_days
order by user_id, on_day
