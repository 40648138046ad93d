package com.workgate.events.ingest.control;

import com.workgate.auth.user.control.Person;
import com.workgate.events.place.control.LocationRef;
import com.workgate.events.place.entity.Location;
import java.time.Instant;

/**
 * The fields every located event has (presence, occupancy, visitor arrival), validated, plus who it names:
 * a user id, an email, or nobody.
 */
public record LocatedEvent<P>(String eventId, Instant occurredAt, LocationRef location, Long userId, String userEmail,
                              P payload) {

    /**
     * Column sizes of the event tables (V2_1), shared by the input checks: the tables are written with JDBC, so
     * they are declared here, with what every located event has.
     */
    public static final int SOURCE_ID_LENGTH = 200;
    public static final int EVENT_ID_LENGTH = 200;
    public static final int LOCATION_REF_LENGTH = Location.ID_LENGTH;
    public static final int EMAIL_LENGTH = Person.EMAIL_LENGTH;
    public static final int SOURCE_USER_ID_LENGTH = 200;
}
