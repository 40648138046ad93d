package com.workgate.auth.user.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.workgate.auth.user.entity.PlanKind;
import com.workgate.auth.user.entity.WeeklyPlan;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PersonTest {

    @Test
    void theWeeklyPlanOfADayIsThatOfItsWeekdayInEveryWeek() {
        Person person = new Person(7, 1, "ann@example.com", "Ann", "Lee", null, WeeklyPlan.parse("oraoraa"),
                Instant.EPOCH, Instant.EPOCH);
        PlanKind[] mondayFirst = {PlanKind.OFFICE, PlanKind.REMOTE, PlanKind.AWAY, PlanKind.OFFICE, PlanKind.REMOTE,
                PlanKind.AWAY, PlanKind.AWAY};
        LocalDate monday = LocalDate.of(2026, 11, 2);
        for (int week = -1; week <= 1; week++) {
            for (int weekday = 0; weekday < 7; weekday++) {
                LocalDate day = monday.plusWeeks(week).plusDays(weekday);
                assertEquals(mondayFirst[weekday], person.weeklyPlanOn(day), day.toString());
            }
        }
    }
}
