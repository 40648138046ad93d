package com.workgate.events.ingest.control;

/** One event of a good document fails validation; its message starts with the field at fault. */
public class InvalidEvent extends Exception {

    public InvalidEvent(String field, String problem) {
        super(field + ": " + problem, null, false, false);
    }
}
