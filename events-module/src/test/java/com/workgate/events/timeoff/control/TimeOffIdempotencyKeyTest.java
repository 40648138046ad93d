package com.workgate.events.timeoff.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When a time-off event is a resend (acknowledged, not applied again) and when it is news despite its event id. */
class TimeOffIdempotencyKeyTest {

    private static final String ID = "C5C69845-DD77-487E-9C6A-708581B361E9";
    private static final LocalDate START = LocalDate.of(2024, 12, 30);
    private static final LocalDate END = LocalDate.of(2025, 1, 2);

    private static TimeOff event(long userId, boolean scheduled, LocalDate start, LocalDate end) {
        return new TimeOff(ID, userId, null, scheduled, start, end, "leave");
    }

    @Test
    void theSamePayloadAgainIsAResend() {
        assertEquals(event(1, true, START, END).idempotencyKey(), event(1, true, START, END).idempotencyKey());
    }

    @Test
    void theTypeOfLeaveDoesNotMakeANewEvent() {
        assertEquals(event(1, true, START, END).idempotencyKey(),
                new TimeOff(ID, 1L, "bob@domain.com", true, START, END, null).idempotencyKey());
    }

    @Test
    void oneEventIdForTwoPeopleIsTwoEvents() {
        assertNotEquals(event(1, true, START, END).idempotencyKey(), event(2, true, START, END).idempotencyKey());
    }

    @Test
    void theCancellationOfALeaveUnderItsIdIsNews() {
        assertNotEquals(event(1, true, START, END).idempotencyKey(), event(1, false, START, END).idempotencyKey());
    }

    @Test
    void otherDaysUnderTheSameIdAreNews() {
        assertNotEquals(event(1, true, START, END).idempotencyKey(), event(1, true, START, END.plusDays(1)).idempotencyKey());
    }
}
