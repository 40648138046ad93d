package com.workgate.auth.user.control;

import com.workgate.auth.user.entity.PlanKind;
import com.workgate.auth.user.entity.User;
import com.workgate.auth.user.entity.WeeklyPlan;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A current person of an organization's directory as the other modules see them: a copy of what they may know,
 * without the secrets (PIN hash, TimeClock key) and detached from the persistence context.
 */
public record Person(long id, long organizationId, String email, String firstName, String lastName, String phone,
                     WeeklyPlan weeklyPlan, Instant createdAt, Instant updatedAt) {

    /** The longest email a person can have (its column), for modules that look people up by email. */
    public static final int EMAIL_LENGTH = User.EMAIL_LENGTH;

    static Person of(User user) {
        return new Person(user.getId(), user.getOrganization().getId(), user.getEmail(), user.getFirstName(),
                user.getLastName(), user.getPhone(), user.getWeeklyPlan(), user.getCreatedAt(), user.getUpdatedAt());
    }

    /** The plan of the weekly plan for that day's weekday (what applies unless the day has a plan of its own). */
    public PlanKind weeklyPlanOn(LocalDate day) {
        return weeklyPlan.on(day.getDayOfWeek());
    }
}
