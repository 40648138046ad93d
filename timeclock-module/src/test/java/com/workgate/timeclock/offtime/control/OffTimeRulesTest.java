package com.workgate.timeclock.offtime.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.workgate.auth.platform.control.ApiException.FieldError;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OffTimeRulesTest {

    private static final FieldError START_OVERLAPS =
            new FieldError("startAt", "Can not start off-time because it overlaps with another off-time.");
    private static final FieldError END_BEFORE_START =
            new FieldError("endAt", "Off-time ending day can not be earlier than starting day.");
    private static final FieldError END_OVERLAPS =
            new FieldError("endAt", "Can not end off-time because it overlaps with another off-time.");
    private static final FieldError CONTAINS_ANOTHER =
            new FieldError("endAt", "Can not modify off-time because it overlaps with another off-time.");

    /** Days of March 2024. */
    private static OffTimePeriod march(int startDay, int endDay) {
        return new OffTimePeriod(LocalDate.of(2024, 3, startDay), LocalDate.of(2024, 3, endDay));
    }

    private static Optional<FieldError> check(OffTimePeriod offTime, OffTimePeriod... others) {
        return OffTimeRules.check(offTime, List.of(others));
    }

    @Test
    void aFreeRangePasses() {
        assertEquals(Optional.empty(), check(march(10, 15)));
        assertEquals(Optional.empty(), check(march(10, 10)));
    }

    @Test
    void neighbouringDaysDoNotOverlap() {
        assertEquals(Optional.empty(), check(march(16, 20), march(10, 15)));
        assertEquals(Optional.empty(), check(march(1, 9), march(10, 15)));
        assertEquals(Optional.empty(), check(march(1, 9), march(10, 15), march(16, 20)));
    }

    @Test
    void startInsideAnotherIsReportedOnStartAt() {
        assertEquals(Optional.of(START_OVERLAPS), check(march(12, 20), march(10, 15)));
    }

    @Test
    void startOnAnotherOnesFirstOrLastDayOverlaps() {
        assertEquals(Optional.of(START_OVERLAPS), check(march(15, 20), march(10, 15)));
        assertEquals(Optional.of(START_OVERLAPS), check(march(10, 20), march(10, 15)));
    }

    @Test
    void anIdenticalRangeOverlapsAtItsStart() {
        assertEquals(Optional.of(START_OVERLAPS), check(march(10, 15), march(10, 15)));
    }

    @Test
    void startAfterEndIsReportedOnEndAt() {
        assertEquals(Optional.of(END_BEFORE_START), check(march(15, 10)));
    }

    @Test
    void startOverlapComesBeforeStartAfterEnd() {
        assertEquals(Optional.of(START_OVERLAPS), check(march(12, 5), march(10, 15)));
    }

    @Test
    void startAfterEndComesBeforeEndOverlap() {
        assertEquals(Optional.of(END_BEFORE_START), check(march(20, 12), march(10, 15)));
    }

    @Test
    void endInsideAnotherIsReportedOnEndAt() {
        assertEquals(Optional.of(END_OVERLAPS), check(march(5, 12), march(10, 15)));
    }

    @Test
    void endOnAnotherOnesFirstDayOverlaps() {
        assertEquals(Optional.of(END_OVERLAPS), check(march(5, 10), march(10, 15)));
    }

    @Test
    void anotherInsideIsReportedOnEndAt() {
        assertEquals(Optional.of(CONTAINS_ANOTHER), check(march(5, 20), march(10, 15)));
        assertEquals(Optional.of(CONTAINS_ANOTHER), check(march(5, 20), march(12, 12)));
    }

    @Test
    void endOverlapComesBeforeAnotherInside() {
        assertEquals(Optional.of(END_OVERLAPS), check(march(5, 12), march(6, 7), march(10, 15)));
    }

    @Test
    void coversIncludesBothEnds() {
        OffTimePeriod period = OffTimePeriod.of("2024-03-10", "2024-03-15");
        assertTrue(period.covers(LocalDate.of(2024, 3, 10)));
        assertTrue(period.covers(LocalDate.of(2024, 3, 15)));
        assertFalse(period.covers(LocalDate.of(2024, 3, 9)));
        assertFalse(period.covers(LocalDate.of(2024, 3, 16)));
    }
}
