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
        Optional<DayPlan> existing = dayPlan(person.id(), day);
        PlanChange change = PlanChange.set(day, existing.map(DayPlan::getPlan), person.weeklyPlanOn(day), plan);
        if (existing.isPresent()) {
            existing.get().change(plan, clock.instant());
        } else {
            em.persist(new DayPlan(person.organizationId(), person.id(), day, plan, clock.instant()));
        }
        log(person, change, changedBy, reason);
    }

    /** Forgets the day's own plan, so the weekly plan applies again; logs it when that changes the effective plan. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resetToWeekly(Person person, LocalDate day, String changedBy, String reason) {
        Optional<DayPlan> existing = dayPlan(person.id(), day);
        Optional<PlanChange> change = PlanChange.resetToWeekly(day, existing.map(DayPlan::getPlan), person.weeklyPlanOn(day));
        existing.ifPresent(em::remove);
        change.ifPresent(c -> log(person, c, changedBy, reason));
    }

    private Optional<DayPlan> dayPlan(long userId, LocalDate day) {
        return em.createQuery("select p from DayPlan p where p.userId = :user and p.day = :day", DayPlan.class)
                .setParameter("user", userId)
                .setParameter("day", day)
                .getResultStream().findFirst();
    }

    private void log(Person person, PlanChange change, String changedBy, String reason) {
        if (change.changesEffectivePlan()) {
            log.record(person.organizationId(), person.id(), change.day(), "plan_changed", change.logText(), changedBy, reason);
        }
    }
}
