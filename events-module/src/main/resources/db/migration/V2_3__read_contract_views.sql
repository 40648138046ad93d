-- events' read contract for the streamed reads of other modules (docs/module-contracts.md). Other modules read
-- these views, never the tables behind them. Ids are the customer's strings; *_pk columns are the keys that join
-- rows of these views to one another (a booking's or detection's location_pk is an events_location's).
-- status and kind read as the API writes them (active/inactive, desk/space).

-- Every location (office) of an organization.
CREATE VIEW events_location AS
SELECT id AS location_pk, organization_id, location_id, name, address, LOWER(status) AS status, has_presence_source
FROM location;

-- Each location with its levels and zones that are not archived: one row per zone; a level without zones and a
-- location without levels appear once, with nulls for what they lack.
CREATE VIEW events_location_tree AS
SELECT l.id AS location_pk, l.organization_id, l.location_id, l.name AS location_name, l.address,
       LOWER(l.status) AS status, v.level_id, v.name AS level_name, z.zone_id, z.name AS zone_name
FROM location l
LEFT JOIN level v ON v.location_pk = l.id AND v.archived = FALSE
LEFT JOIN zone z ON z.level_pk = v.id AND z.archived = FALSE;

-- Every place (desk or space), archived ones included, with the zone, level and location it is in.
CREATE VIEW events_place AS
SELECT p.id AS place_pk, p.organization_id, p.place_id, p.name, LOWER(p.kind) AS kind, p.archived,
       p.assigned_user_id, z.zone_id, z.name AS zone_name, v.level_id, v.name AS level_name, l.location_id
FROM place p
JOIN zone z ON z.id = p.zone_pk
JOIN level v ON v.id = z.level_pk
JOIN location l ON l.id = v.location_pk;

-- A person's own plan for a day (o office, r remote, a away); days without a row follow the weekly plan
-- (auth_current_person).
CREATE VIEW events_day_plan AS
SELECT organization_id, user_id, on_day, plan
FROM day_plan;

-- Bookings with the ids and names of what they booked: a location, a zone in it, or a place (depth 1, 2, 3).
CREATE VIEW events_booking AS
SELECT b.organization_id, b.user_id, b.on_day, b.depth, b.location_pk, l.location_id, l.name AS location_name,
       v.level_id, v.name AS level_name, z.zone_id, z.name AS zone_name, p.place_id, p.name AS place_name
FROM booking b
JOIN location l ON l.id = b.location_pk
LEFT JOIN zone z ON z.id = b.zone_pk
LEFT JOIN level v ON v.id = z.level_pk
LEFT JOIN place p ON p.id = b.place_pk;

-- Detections (presence events): who was seen when, at which location (location_pk, location_id), and what the
-- event named (location_type, location_ref as sent) with that thing's name (location_ref_name).
-- The location is joined by a LEFT JOIN on its key (every event has one): a reader that wants no location column
-- then costs PostgreSQL no join at all.
CREATE VIEW events_presence AS
SELECT e.id AS presence_pk, e.organization_id, e.event_id, e.source_id, e.user_id, e.occurred_at, e.location_pk,
       l.location_id, e.location_type, e.location_ref,
       CASE e.location_type
           WHEN 'location' THEN l.name
           WHEN 'level' THEN (SELECT v.name FROM level v
                              WHERE v.organization_id = e.organization_id AND v.level_id = e.location_ref)
           WHEN 'zone' THEN (SELECT z.name FROM zone z
                             WHERE z.organization_id = e.organization_id AND z.zone_id = e.location_ref)
           ELSE (SELECT p.name FROM place p
                 WHERE p.organization_id = e.organization_id AND p.place_id = e.location_ref)
       END AS location_ref_name
FROM presence_event e
LEFT JOIN location l ON l.id = e.location_pk;

-- The user actions log: every change of a plan or booking, with who or what made it.
CREATE VIEW events_user_action AS
SELECT id AS action_pk, organization_id, user_id, event_time, on_day, action, description, changed_by, reason
FROM user_action;
