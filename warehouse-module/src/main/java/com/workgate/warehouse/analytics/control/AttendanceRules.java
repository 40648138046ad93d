package com.workgate.warehouse.analytics.control;

import com.workgate.auth.user.entity.PlanKind;
import java.util.Set;

/**
 * Attendance for one person and day. The office they planned is their booking's location, or their primary
 * location without a booking.
 * <ul>
 * <li>office plan, detected that day at that office: confirmed;</li>
 * <li>office plan, that office has no presence source: unconfirmed (nothing could have seen them);</li>
 * <li>office plan, not detected there: noShow;</li>
 * <li>no office plan, but detected at an office: walkIn;</li>
 * <li>otherwise no attendance to speak of (null).</li>
 * </ul>
 * An office plan naming no office at all (no booking, no primary location) is confirmed by a detection anywhere,
 * and unconfirmed without one.
 */
public final class AttendanceRules {

    private AttendanceRules() {
    }

    public static AttendanceType classify(PlanKind plan, Long plannedOffice, boolean plannedOfficeHasPresenceSource,
                                          Set<Long> officesDetectedAt) {
        if (plan != PlanKind.OFFICE) {
            return officesDetectedAt.isEmpty() ? null : AttendanceType.WALK_IN;
        }
        if (plannedOffice == null) {
            return officesDetectedAt.isEmpty() ? AttendanceType.UNCONFIRMED : AttendanceType.CONFIRMED;
        }
        if (officesDetectedAt.contains(plannedOffice)) {
            return AttendanceType.CONFIRMED;
        }
        return plannedOfficeHasPresenceSource ? AttendanceType.NO_SHOW : AttendanceType.UNCONFIRMED;
    }
}
