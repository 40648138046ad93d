package com.workgate.events.plan.control;

import com.workgate.auth.user.entity.PlanKind;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a change of one person's day does to their effective plan (the day's own plan where one is set, else the
 * weekly plan's), and what the user actions log says of it. Only a change of the effective plan is logged.
 */
public record PlanChange(LocalDate day, PlanKind before, PlanKind after) {

    /** Setting the day's own plan to {@code plan}. */
    public static PlanChange set(LocalDate day, Optional<PlanKind> dayPlan, PlanKind weekly, PlanKind plan) {
        return new PlanChange(day, dayPlan.orElse(weekly), plan);
    }

    /** Forgetting the day's own plan; nothing at all when the day has none. */
    public static Optional<PlanChange> resetToWeekly(LocalDate day, Optional<PlanKind> dayPlan, PlanKind weekly) {
        return dayPlan.map(before -> new PlanChange(day, before, weekly));
    }

    public boolean changesEffectivePlan() {
        return before != after;
    }

    public String logText() {
        return "Plan for " + day + " changed from " + before.letter() + " to " + after.letter();
    }
}
