package com.workgate.events.plan.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.workgate.auth.user.entity.PlanKind;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When a change of a day's plan changes the effective plan (and is logged), and what the log says. */
class PlanChangeTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @Test
    void settingADayWithoutItsOwnPlanStartsFromTheWeeklyPlan() {
        PlanChange change = PlanChange.set(DAY, Optional.empty(), PlanKind.OFFICE, PlanKind.AWAY);
        assertEquals(new PlanChange(DAY, PlanKind.OFFICE, PlanKind.AWAY), change);
        assertTrue(change.changesEffectivePlan());
    }

    @Test
    void settingADayWithItsOwnPlanStartsFromThat() {
        assertEquals(new PlanChange(DAY, PlanKind.REMOTE, PlanKind.AWAY),
                PlanChange.set(DAY, Optional.of(PlanKind.REMOTE), PlanKind.OFFICE, PlanKind.AWAY));
    }

    @Test
    void settingTheWeeklyPlanAsTheDaysOwnChangesNothingEffective() {
        assertFalse(PlanChange.set(DAY, Optional.empty(), PlanKind.AWAY, PlanKind.AWAY).changesEffectivePlan());
        assertFalse(PlanChange.set(DAY, Optional.of(PlanKind.AWAY), PlanKind.OFFICE, PlanKind.AWAY).changesEffectivePlan(),
                "away again, e.g. a resent leave under a new id");
    }

    @Test
    void resettingADayWithoutItsOwnPlanIsNoChangeAtAll() {
        assertEquals(Optional.empty(), PlanChange.resetToWeekly(DAY, Optional.empty(), PlanKind.OFFICE));
    }

    @Test
    void resettingADaysOwnPlanGoesBackToTheWeeklyOne() {
        PlanChange change = PlanChange.resetToWeekly(DAY, Optional.of(PlanKind.AWAY), PlanKind.REMOTE).orElseThrow();
        assertEquals(new PlanChange(DAY, PlanKind.AWAY, PlanKind.REMOTE), change);
        assertTrue(change.changesEffectivePlan());
    }

    @Test
    void resettingADaysOwnPlanThatEqualsTheWeeklyOneIsNotLogged() {
        assertFalse(PlanChange.resetToWeekly(DAY, Optional.of(PlanKind.OFFICE), PlanKind.OFFICE).orElseThrow()
                .changesEffectivePlan());
    }

    @Test
    void theLogNamesTheDayAndTheWireLetters() {
        assertEquals("Plan for 2026-11-23 changed from o to a", new PlanChange(DAY, PlanKind.OFFICE, PlanKind.AWAY).logText());
        assertEquals("Plan for 2026-11-23 changed from a to r", new PlanChange(DAY, PlanKind.AWAY, PlanKind.REMOTE).logText());
    }
}
