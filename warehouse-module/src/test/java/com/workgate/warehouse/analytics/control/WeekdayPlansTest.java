package com.workgate.warehouse.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.workgate.auth.user.entity.PlanKind;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeekdayPlansTest {

    /** 2026-11-02 is a Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    private static final Map<String, String> OFFICE_MON_WED_FRI = Map.of("plan_mon", "o", "plan_tue", "r",
            "plan_wed", "o", "plan_thu", "r", "plan_fri", "o", "plan_sat", "a", "plan_sun", "a");

    @Test
    void theColumnsAreThoseOfTheViewMondayFirst() {
        assertEquals("plan_mon, plan_tue, plan_wed, plan_thu, plan_fri, plan_sat, plan_sun", WeekdayPlans.COLUMNS);
    }

    @Test
    void eachDayTakesThePlanOfItsWeekdaysColumn() throws SQLException {
        WeekdayPlans plans = WeekdayPlans.read(OFFICE_MON_WED_FRI::get);
        PlanKind[] expected = {PlanKind.OFFICE, PlanKind.REMOTE, PlanKind.OFFICE, PlanKind.REMOTE, PlanKind.OFFICE,
                PlanKind.AWAY, PlanKind.AWAY};
        for (int week = 0; week < 2; week++) {
            for (int weekday = 0; weekday < 7; weekday++) {
                LocalDate day = MONDAY.plusWeeks(week).plusDays(weekday);
                assertEquals(expected[weekday], plans.on(day), day.toString());
            }
        }
    }

    @Test
    void oneOfficeDayIsFoundWhereverItIsInTheWeek() throws SQLException {
        for (int officeDay = 0; officeDay < 7; officeDay++) {
            Map<String, String> columns = new HashMap<>();
            for (int weekday = 0; weekday < 7; weekday++) {
                columns.put(WeekdayPlans.column(MONDAY.plusDays(weekday).getDayOfWeek()), weekday == officeDay ? "o" : "r");
            }
            WeekdayPlans plans = WeekdayPlans.read(columns::get);
            for (int weekday = 0; weekday < 7; weekday++) {
                assertEquals(weekday == officeDay ? PlanKind.OFFICE : PlanKind.REMOTE, plans.on(MONDAY.plusDays(weekday)));
            }
        }
    }

    @Test
    void aColumnWithoutAPlanLetterIsRefused() {
        Map<String, String> columns = new HashMap<>(OFFICE_MON_WED_FRI);
        columns.put("plan_thu", "x");
        assertThrows(IllegalArgumentException.class, () -> WeekdayPlans.read(columns::get));
        columns.put("plan_thu", null);
        assertThrows(IllegalArgumentException.class, () -> WeekdayPlans.read(columns::get));
    }
}
