package com.workgate.warehouse.analytics.control;

import com.workgate.auth.user.entity.PlanKind;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A person's weekly plan as auth publishes it in the view {@code auth_current_person}: one column per weekday,
 * {@code plan_mon} to {@code plan_sun}, each holding the plan's letter.
 */
final class WeekdayPlans {

    /** The plan columns, Monday first, for a select list. */
    static final String COLUMNS = Arrays.stream(DayOfWeek.values()).map(WeekdayPlans::column)
            .collect(Collectors.joining(", "));

    /** Reads a column of the current row by name. */
    @FunctionalInterface
    interface Row {
        String text(String column) throws SQLException;
    }

    private final PlanKind[] byWeekday;

    private WeekdayPlans(PlanKind[] byWeekday) {
        this.byWeekday = byWeekday;
    }

    static String column(DayOfWeek weekday) {
        return "plan_" + weekday.name().substring(0, 3).toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException when a column holds no plan letter */
    static WeekdayPlans read(Row row) throws SQLException {
        PlanKind[] byWeekday = new PlanKind[DayOfWeek.values().length];
        for (DayOfWeek weekday : DayOfWeek.values()) {
            byWeekday[weekday.ordinal()] = PlanKind.fromLetter(row.text(column(weekday)));
        }
        return new WeekdayPlans(byWeekday);
    }

    PlanKind on(LocalDate day) {
        return byWeekday[day.getDayOfWeek().ordinal()];
    }
}
