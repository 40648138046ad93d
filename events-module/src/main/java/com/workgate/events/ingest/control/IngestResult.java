package com.workgate.events.ingest.control;

/** The answer for one submitted event: 0 stored, 1 user not found, 2 location not found, 3 invalid event. */
public record IngestResult(String eventId, int resultCode, String message) {

    public static final int SUCCESS = 0;
    public static final int USER_NOT_FOUND = 1;
    public static final int LOCATION_NOT_FOUND = 2;
    public static final int INVALID = 3;

    public static IngestResult stored(String eventId) {
        return new IngestResult(eventId, SUCCESS, "Event stored");
    }

    public static IngestResult alreadyStored(String eventId) {
        return new IngestResult(eventId, SUCCESS, "Event already stored");
    }

    public static IngestResult invalid(String eventId, InvalidEvent problem) {
        return new IngestResult(eventId, INVALID, problem.getMessage());
    }
}
