package com.workgate.events.place.control;

import com.workgate.events.place.entity.LocationType;

/** A location named the way events name them: a type and the customer's id. */
public record LocationRef(LocationType type, String id) {
}
