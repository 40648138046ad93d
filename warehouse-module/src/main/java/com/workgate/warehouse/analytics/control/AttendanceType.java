package com.workgate.warehouse.analytics.control;

/** What happened to a day's plan: the wire values of {@code attendanceType}. */
public enum AttendanceType {
    CONFIRMED("confirmed"), NO_SHOW("noShow"), UNCONFIRMED("unconfirmed"), WALK_IN("walkIn");

    private final String wire;

    AttendanceType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
