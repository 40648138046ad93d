package com.workgate.auth.user.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeeklyPlanTest {

    @Test
    void parseAndLettersRoundTrip() {
        for (String letters : List.of("ororoaa", "ooooooo", "rrrrrrr", "aaaaaaa", "oraoraa")) {
            assertEquals(letters, WeeklyPlan.parse(letters).letters());
            assertEquals(letters, WeeklyPlan.parse(letters).toString());
        }
        assertEquals("oooooaa", WeeklyPlan.DEFAULT.letters());
    }

    @Test
    void planKindLetters() {
        assertEquals(PlanKind.OFFICE, PlanKind.fromLetter("o"));
        assertEquals(PlanKind.REMOTE, PlanKind.fromLetter("r"));
        assertEquals(PlanKind.AWAY, PlanKind.fromLetter("a"));
        for (PlanKind kind : PlanKind.values()) {
            assertEquals(kind, PlanKind.fromLetter(String.valueOf(kind.letter())));
        }
        for (String bad : new String[] {"x", "O", "", "oo", null}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PlanKind.fromLetter(bad));
            assertEquals("must be one of o, r, a", e.getMessage());
        }
    }

    @Test
    void parseRefusesABadLetter() {
        assertThrows(IllegalArgumentException.class, () -> WeeklyPlan.parse("oooxoaa"));
    }

    @Test
    void onReadsMondayFirst() {
        WeeklyPlan plan = WeeklyPlan.parse("oraoora");
        assertEquals(PlanKind.OFFICE, plan.on(DayOfWeek.MONDAY));
        assertEquals(PlanKind.REMOTE, plan.on(DayOfWeek.TUESDAY));
        assertEquals(PlanKind.AWAY, plan.on(DayOfWeek.WEDNESDAY));
        assertEquals(PlanKind.OFFICE, plan.on(DayOfWeek.THURSDAY));
        assertEquals(PlanKind.OFFICE, plan.on(DayOfWeek.FRIDAY));
        assertEquals(PlanKind.REMOTE, plan.on(DayOfWeek.SATURDAY));
        assertEquals(PlanKind.AWAY, plan.on(DayOfWeek.SUNDAY));
    }

    @Test
    void fromWireKeepsBaseValuesForDaysLeftOut() {
        WeeklyPlan base = WeeklyPlan.parse("ororoaa");
        WeeklyPlan changed = WeeklyPlan.fromWire(Map.of("tue", "o", "sun", "r"), base);
        assertEquals("oooroar", changed.letters());
        assertEquals("ororoaa", base.letters(), "the base plan is not modified");
        assertEquals(base, WeeklyPlan.fromWire(Map.of(), base));
    }

    @Test
    void fromWireAcceptsUpperCaseDayNames() {
        WeeklyPlan changed = WeeklyPlan.fromWire(Map.of("MON", "r", "Fri", "a"), WeeklyPlan.DEFAULT);
        assertEquals("roooaaa", changed.letters());
    }

    @Test
    void toWireAndFromWireRoundTrip() {
        WeeklyPlan plan = WeeklyPlan.parse("raoraor");
        Map<String, String> wire = plan.toWire();
        assertEquals(List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun"), List.copyOf(wire.keySet()));
        assertEquals("r", wire.get("mon"));
        assertEquals("r", wire.get("sun"));
        assertEquals(plan, WeeklyPlan.fromWire(wire, WeeklyPlan.DEFAULT));
    }

    @Test
    void fromWireNamesAnUnknownDay() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WeeklyPlan.fromWire(Map.of("monday", "o"), WeeklyPlan.DEFAULT));
        assertTrue(e.getMessage().startsWith("weeklyPlan.monday: "), e.getMessage());
    }

    @Test
    void fromWireNamesTheDayWithABadLetter() {
        Map<String, String> wire = new LinkedHashMap<>();
        wire.put("tue", "o");
        wire.put("mon", "x");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WeeklyPlan.fromWire(wire, WeeklyPlan.DEFAULT));
        assertEquals("weeklyPlan.mon: must be one of o, r, a", e.getMessage());
    }

    @Test
    void fromWireRefusesANullLetter() {
        Map<String, String> wire = new LinkedHashMap<>();
        wire.put("wed", null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WeeklyPlan.fromWire(wire, WeeklyPlan.DEFAULT));
        assertTrue(e.getMessage().startsWith("weeklyPlan.wed: "), e.getMessage());
    }

    @Test
    void aPlanHasSevenDays() {
        assertThrows(IllegalArgumentException.class, () -> new WeeklyPlan(new PlanKind[6]));
        assertThrows(IllegalArgumentException.class, () -> new WeeklyPlan(new PlanKind[8]));
    }

    @Test
    void equalityIsByDays() {
        assertEquals(WeeklyPlan.parse("oooooaa"), WeeklyPlan.DEFAULT);
        assertEquals(WeeklyPlan.parse("oooooaa").hashCode(), WeeklyPlan.DEFAULT.hashCode());
        assertNotEquals(WeeklyPlan.parse("ooooraa"), WeeklyPlan.DEFAULT);
    }

    @Test
    void constructorCopiesTheArray() {
        PlanKind[] days = {PlanKind.OFFICE, PlanKind.OFFICE, PlanKind.OFFICE, PlanKind.OFFICE, PlanKind.OFFICE,
                PlanKind.AWAY, PlanKind.AWAY};
        WeeklyPlan plan = new WeeklyPlan(days);
        days[0] = PlanKind.REMOTE;
        assertEquals("oooooaa", plan.letters());
    }
}
