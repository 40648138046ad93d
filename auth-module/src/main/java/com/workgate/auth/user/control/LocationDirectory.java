package com.workgate.auth.user.control;

/**
 * Whether an id names a location of an organization. The module that owns locations (events) implements it;
 * the directory asks it before it stores a person's {@code primaryLocationId}.
 */
public interface LocationDirectory {

    boolean exists(long organizationId, String locationId);
}
