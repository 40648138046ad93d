package com.workgate.warehouse.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.workgate.auth.user.entity.PlanKind;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttendanceRulesTest {

    private static final long LONDON = 1;
    private static final long PARIS = 2;

    @Test
    void anOfficePlanIsConfirmedByADetectionAtThatOffice() {
        assertEquals(AttendanceType.CONFIRMED, AttendanceRules.classify(PlanKind.OFFICE, LONDON, true, Set.of(LONDON)));
        assertEquals(AttendanceType.CONFIRMED, AttendanceRules.classify(PlanKind.OFFICE, LONDON, true, Set.of(PARIS, LONDON)));
    }

    @Test
    void anOfficePlanWithoutADetectionThereIsANoShow() {
        assertEquals(AttendanceType.NO_SHOW, AttendanceRules.classify(PlanKind.OFFICE, LONDON, true, Set.of()));
        assertEquals(AttendanceType.NO_SHOW, AttendanceRules.classify(PlanKind.OFFICE, LONDON, true, Set.of(PARIS)),
                "seen in another office is not seen where planned");
    }

    @Test
    void anOfficeThatCannotSeeAnyoneLeavesThePlanUnconfirmed() {
        assertEquals(AttendanceType.UNCONFIRMED, AttendanceRules.classify(PlanKind.OFFICE, LONDON, false, Set.of()));
        assertEquals(AttendanceType.UNCONFIRMED, AttendanceRules.classify(PlanKind.OFFICE, null, false, Set.of()));
        assertEquals(AttendanceType.CONFIRMED, AttendanceRules.classify(PlanKind.OFFICE, null, false, Set.of(PARIS)));
    }

    @Test
    void aDetectionWithoutAnOfficePlanIsAWalkIn() {
        assertEquals(AttendanceType.WALK_IN, AttendanceRules.classify(PlanKind.REMOTE, LONDON, true, Set.of(LONDON)));
        assertEquals(AttendanceType.WALK_IN, AttendanceRules.classify(PlanKind.AWAY, null, false, Set.of(PARIS)));
        assertNull(AttendanceRules.classify(PlanKind.REMOTE, LONDON, true, Set.of()));
        assertNull(AttendanceRules.classify(PlanKind.AWAY, LONDON, true, Set.of()));
    }

    @Test
    void wireNamesAreThoseOfTheSpec() {
        assertEquals("noShow", AttendanceType.NO_SHOW.wire());
        assertEquals("walkIn", AttendanceType.WALK_IN.wire());
    }
}
