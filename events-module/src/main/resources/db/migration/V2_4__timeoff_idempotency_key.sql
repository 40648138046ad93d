-- A time-off eventId is the sender's, not unique across people or changes (issue #13): Calven's own example sends
-- one eventId for Bob's scheduled leave and Mary's cancellation, and HR systems reuse a leave's id for its later
-- cancellation. A resend is the same event id for the same person, type and days; that is the key now.
ALTER TABLE timeoff_event DROP CONSTRAINT uq_timeoff_event;
ALTER TABLE timeoff_event ADD CONSTRAINT uq_timeoff_event
    UNIQUE (event_id, organization_id, user_id, event_type, start_date, end_date);
