package com.workgate.events.plan.control;

import com.workgate.auth.user.control.People;
import com.workgate.auth.user.entity.PlanKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/** An administrator setting a person's plan for a day. */
@ApplicationScoped
public class DayPlans {

    @Inject
    People people;

    @Inject
    Plans plans;

    @Transactional
    public void set(long organizationId, long userId, LocalDate day, PlanKind plan, String changedBy) {
        plans.set(people.lock(organizationId, userId), day, plan, changedBy, "set by an administrator");
    }
}
