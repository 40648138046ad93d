-- The duplicate check before storing a batch asks for the ids it is about to store (event_id IN (...)) within one
-- organization and source. With the organization first in the unique key, PostgreSQL may read every event of the
-- source and filter (it did, at 127,000 rows read per request, when its statistics were behind a growing table).
-- With the event id first, every plan looks each id up.
ALTER TABLE presence_event DROP CONSTRAINT uq_presence_event;
ALTER TABLE presence_event ADD CONSTRAINT uq_presence_event UNIQUE (event_id, organization_id, source_id);
ALTER TABLE occupancy_event DROP CONSTRAINT uq_occupancy_event;
ALTER TABLE occupancy_event ADD CONSTRAINT uq_occupancy_event UNIQUE (event_id, organization_id, source_id);
ALTER TABLE visitor_arrival DROP CONSTRAINT uq_visitor_arrival;
ALTER TABLE visitor_arrival ADD CONSTRAINT uq_visitor_arrival UNIQUE (event_id, organization_id, source_id);
ALTER TABLE timeoff_event DROP CONSTRAINT uq_timeoff_event;
ALTER TABLE timeoff_event ADD CONSTRAINT uq_timeoff_event UNIQUE (event_id, organization_id);
