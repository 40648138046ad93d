package com.workgate.events.plan.control;

import com.workgate.auth.user.control.Person;
import com.workgate.auth.user.entity.PlanKind;
import com.workgate.events.actions.control.UserActionsLog;
import com.workgate.events.plan.entity.DayPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A person's plan for a day: the day's own plan where one was set, else their weekly plan. Every change is logged
 * in the user actions log with who made it and why. Callers bring the transaction, in which they have locked the
 * person ({@code People.lock}) so that two changes of one person's day take turns.
 */
@ApplicationScoped
public class Plans {

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    @Inject
    UserActionsLog log;

    @Inject
    Clock clock;

    public PlanKind effectivePlan(Person person, LocalDate day) {
        return dayPlan(person.id(), day).map(DayPlan::getPlan).orElse(person.weeklyPlanOn(day));
    }

    /** Sets the day's plan; logs it when it changes the effective plan. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void set(Person person, LocalDate day, PlanKind plan, String changedBy, String reason) {
        PlanKind before = effectivePlan(person, day);
        Optional<DayPlan> existing = dayPlan(person.id(), day);
        if (existing.isPresent()) {
            existing.get().change(plan, clock.instant());
        } else {
            em.persist(new DayPlan(person.organizationId(), person.id(), day, plan, clock.instant()));
        }
        if (before != plan) {
            logChange(person, day, before, plan, changedBy, reason);
        }
    }

    /** Forgets the day's own plan, so the weekly plan applies again; logs it when that changes the effective plan. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resetToWeekly(Person person, LocalDate day, String changedBy, String reason) {
        Optional<DayPlan> existing = dayPlan(person.id(), day);
        if (existing.isEmpty()) {
            return;
        }
        PlanKind before = existing.get().getPlan();
        em.remove(existing.get());
        PlanKind after = person.weeklyPlanOn(day);
        if (before != after) {
            logChange(person, day, before, after, changedBy, reason);
        }
    }

    private Optional<DayPlan> dayPlan(long userId, LocalDate day) {
        return em.createQuery("select p from DayPlan p where p.userId = :user and p.day = :day", DayPlan.class)
                .setParameter("user", userId)
                .setParameter("day", day)
                .getResultStream().findFirst();
    }

    private void logChange(Person person, LocalDate day, PlanKind before, PlanKind after, String changedBy, String reason) {
        log.record(person.organizationId(), person.id(), day, "plan_changed",
                "Plan for " + day + " changed from " + before.letter() + " to " + after.letter(), changedBy, reason);
    }
}
