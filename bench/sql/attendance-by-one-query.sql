-- What GET /v1/analytics/user-booking-attendance answers, computed by one query: one row per person and day,
-- ordered by person then day, with the same columns in the same order (the day's plan, the booking with the
-- names of its location, level, zone and place, the attendance type from the detections that day).
-- The attendance rules are those of warehouse-module AttendanceRules: the planned office is the booking's
-- location, else the primary location; detections are grouped by UTC day.
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
    from presence_event e, params
    where e.organization_id = params.org
      and e.occurred_at >= cast(params.first_day as timestamp) at time zone 'UTC'
      and e.occurred_at < cast(params.last_day + 1 as timestamp) at time zone 'UTC'
    group by 1, 2
),
person_days as (
    select u.id as user_id, u.primary_location_id, u.primary_group_id, d.on_day,
           coalesce(dp.plan, substr(u.weekly_plan, cast(extract(isodow from d.on_day) as int), 1)) as plan,
           primary_office.id as primary_pk, primary_office.name as primary_name,
           primary_office.has_presence_source as primary_has_source,
           b.depth, booked.id as booked_pk, booked.location_id as booked_location_id, booked.name as booked_name,
           booked.has_presence_source as booked_has_source,
           v.level_id, v.name as level_name, z.zone_id, z.name as zone_name, p.place_id, p.name as place_name,
           det.offices
    from params
    join app_user u on u.organization_id = params.org and u.deleted_at is null
    cross join days d
    left join location primary_office
           on primary_office.organization_id = u.organization_id and primary_office.location_id = u.primary_location_id
    left join day_plan dp on dp.user_id = u.id and dp.on_day = d.on_day
    left join booking b on b.user_id = u.id and b.on_day = d.on_day
    left join location booked on booked.id = b.location_pk
    left join zone z on z.id = b.zone_pk
    left join level v on v.id = z.level_pk
    left join place p on p.id = b.place_pk
    left join detections det on det.user_id = u.id and det.on_day = d.on_day
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
