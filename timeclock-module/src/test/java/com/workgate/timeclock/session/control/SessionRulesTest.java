package com.workgate.timeclock.session.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.workgate.auth.platform.control.ApiException.FieldError;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SessionRulesTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final SessionRules UTC_RULES = SessionRules.inUtc();

    private static final FieldError CLOCK_OUT_NOT_AFTER_CLOCK_IN =
            new FieldError("clockOut", "Clock Out must be greater than \"Clock In\".");
    private static final FieldError START_OVERLAPS =
            new FieldError("clockIn", "Can not start session because it overlaps with another ended session.");
    private static final FieldError END_OVERLAPS =
            new FieldError("clockOut", "Can not end session because it overlaps with another ended session.");
    private static final FieldError THROUGH_MIDNIGHT =
            new FieldError("clockOut", "Session can not last through midnight.");
    private static final FieldError CONTAINS_ANOTHER =
            new FieldError("clockOut", "Can not modify session because it overlaps with another ended session.");

    /** Epoch seconds of 2024-01-15 (a winter day: Warsaw is UTC+1) at the given UTC time. */
    private static long jan15(int hour, int minute) {
        return Instant.parse("2024-01-15T00:00:00Z").getEpochSecond() + hour * 3600L + minute * 60L;
    }

    private static long at(String isoInstant) {
        return Instant.parse(isoInstant).getEpochSecond();
    }

    private static WorkPeriod closed(long in, long out) {
        return WorkPeriod.closed(in, out);
    }

    private static Optional<FieldError> check(WorkPeriod session, WorkPeriod... others) {
        return UTC_RULES.check(session, List.of(others));
    }

    @Test
    void aSessionWithNoOtherSessionsPasses() {
        assertEquals(Optional.empty(), check(closed(jan15(8, 0), jan15(16, 0))));
        assertEquals(Optional.empty(), check(WorkPeriod.open(jan15(8, 0))));
    }

    @Test
    void timesOutsideTheDateBoundsAreRefusedBeforeAnyOtherRule() {
        FieldError clockIn = new FieldError("clockIn", "Clock In must be a time between 2000-01-01 and 2099-12-31 (UTC).");
        FieldError clockOut = new FieldError("clockOut", "Clock Out must be a time between 2000-01-01 and 2099-12-31 (UTC).");
        assertEquals(Optional.of(clockIn), check(WorkPeriod.open(-1)));
        assertEquals(Optional.of(clockIn), check(WorkPeriod.open(999_999_999_999_999_999L)), "beyond an Instant: no 500");
        assertEquals(Optional.of(clockIn), check(closed(at("1999-12-31T23:00:00Z"), jan15(8, 0))));
        assertEquals(Optional.of(clockOut), check(closed(jan15(8, 0), Long.MAX_VALUE)));
        assertEquals(Optional.of(clockOut), check(closed(at("2099-12-31T23:00:00Z"), at("2100-01-01T00:00:00Z"))));
        assertEquals(Optional.empty(), check(closed(at("2099-12-31T22:00:00Z"), at("2099-12-31T23:59:59Z"))));
    }

    @Test
    void theDefaultZoneIsUtc() {
        assertEquals(ZoneOffset.UTC, SessionRules.inUtc().zone());
    }

    @Nested
    class Rule1ClockOutAfterClockIn {

        @Test
        void clockOutEqualToClockInIsRefused() {
            assertEquals(Optional.of(CLOCK_OUT_NOT_AFTER_CLOCK_IN), check(closed(jan15(10, 0), jan15(10, 0))));
        }

        @Test
        void clockOutBeforeClockInIsRefused() {
            assertEquals(Optional.of(CLOCK_OUT_NOT_AFTER_CLOCK_IN), check(closed(jan15(10, 0), jan15(9, 59))));
        }

        @Test
        void oneSecondLongIsEnough() {
            assertEquals(Optional.empty(), check(closed(jan15(10, 0), jan15(10, 0) + 1)));
        }

        @Test
        void comesBeforeTheOverlapRules() {
            assertEquals(Optional.of(CLOCK_OUT_NOT_AFTER_CLOCK_IN),
                    check(closed(jan15(11, 0), jan15(10, 0)), closed(jan15(9, 0), jan15(12, 0))));
        }
    }

    @Nested
    class Rule2ClockInInsideAnother {

        @Test
        void clockInStrictlyInsideAnEndedSessionIsRefused() {
            assertEquals(Optional.of(START_OVERLAPS),
                    check(closed(jan15(10, 0), jan15(14, 0)), closed(jan15(8, 0), jan15(12, 0))));
        }

        @Test
        void appliesToAnOpenSessionToo() {
            assertEquals(Optional.of(START_OVERLAPS),
                    check(WorkPeriod.open(jan15(10, 0)), closed(jan15(8, 0), jan15(12, 0))));
        }

        @Test
        void startingWhenAnotherEndsIsAllowed() {
            assertEquals(Optional.empty(),
                    check(closed(jan15(12, 0), jan15(14, 0)), closed(jan15(8, 0), jan15(12, 0))));
            assertEquals(Optional.empty(),
                    check(WorkPeriod.open(jan15(12, 0)), closed(jan15(8, 0), jan15(12, 0))));
        }

        @Test
        void anOpenSessionStartingWithAnotherIsNotStrictlyInside() {
            assertEquals(Optional.empty(),
                    check(WorkPeriod.open(jan15(8, 0)), closed(jan15(8, 0), jan15(12, 0))));
        }

        @Test
        void winsOverRule3WhenBothEndsAreInsideTheSameSession() {
            assertEquals(Optional.of(START_OVERLAPS),
                    check(closed(jan15(10, 0), jan15(11, 0)), closed(jan15(8, 0), jan15(16, 0))));
        }

        @Test
        void winsOverRule3WithDifferentSessions() {
            assertEquals(Optional.of(START_OVERLAPS), check(closed(jan15(10, 0), jan15(14, 0)),
                    closed(jan15(13, 0), jan15(16, 0)), closed(jan15(8, 0), jan15(11, 0))));
        }

        @Test
        void aSessionSharingTheEndOfALongerOneHitsThisRule() {
            assertEquals(Optional.of(START_OVERLAPS),
                    check(closed(jan15(12, 0), jan15(16, 0)), closed(jan15(10, 0), jan15(16, 0))));
        }
    }

    @Nested
    class Rule3ClockOutInsideAnother {

        @Test
        void clockOutStrictlyInsideAnEndedSessionIsRefused() {
            assertEquals(Optional.of(END_OVERLAPS),
                    check(closed(jan15(10, 0), jan15(14, 0)), closed(jan15(12, 0), jan15(16, 0))));
        }

        @Test
        void endingWhenAnotherStartsIsAllowed() {
            assertEquals(Optional.empty(),
                    check(closed(jan15(10, 0), jan15(12, 0)), closed(jan15(12, 0), jan15(16, 0))));
        }

        @Test
        void aSessionSharingTheStartOfALongerOneHitsThisRule() {
            assertEquals(Optional.of(END_OVERLAPS),
                    check(closed(jan15(10, 0), jan15(14, 0)), closed(jan15(10, 0), jan15(16, 0))));
        }

        @Test
        void winsOverTheMidnightRule() {
            long in = at("2024-01-15T22:00:00Z");
            long out = at("2024-01-16T01:00:00Z");
            assertEquals(Optional.of(END_OVERLAPS),
                    check(closed(in, out), closed(at("2024-01-16T00:30:00Z"), at("2024-01-16T02:00:00Z"))));
        }
    }

    @Nested
    class Rule4Midnight {

        @Test
        void crossingMidnightIsRefused() {
            assertEquals(Optional.of(THROUGH_MIDNIGHT),
                    check(closed(at("2024-01-15T23:00:00Z"), at("2024-01-16T01:00:00Z"))));
        }

        @Test
        void endingExactlyAtMidnightIsAlreadyTheNextDay() {
            assertEquals(Optional.of(THROUGH_MIDNIGHT),
                    check(closed(at("2024-01-15T23:00:00Z"), at("2024-01-16T00:00:00Z"))));
        }

        @Test
        void theWholeDayUpToTheLastSecondIsAllowed() {
            assertEquals(Optional.empty(), check(closed(at("2024-01-15T00:00:00Z"), at("2024-01-15T23:59:59Z"))));
        }

        @Test
        void anOpenSessionIsNotChecked() {
            assertEquals(Optional.empty(), check(WorkPeriod.open(at("2024-01-15T23:59:00Z"))));
        }

        @Test
        void warsawMidnightInWinterIsAtTwentyThreeUtc() {
            WorkPeriod session = closed(at("2024-01-15T22:30:00Z"), at("2024-01-15T23:30:00Z"));
            assertEquals(Optional.empty(), UTC_RULES.check(session, List.of()));
            assertEquals(Optional.of(THROUGH_MIDNIGHT), new SessionRules(WARSAW).check(session, List.of()));
        }

        @Test
        void warsawMidnightInSummerIsAtTwentyTwoUtc() {
            WorkPeriod session = closed(at("2024-07-15T21:30:00Z"), at("2024-07-15T22:30:00Z"));
            assertEquals(Optional.empty(), UTC_RULES.check(session, List.of()));
            assertEquals(Optional.of(THROUGH_MIDNIGHT), new SessionRules(WARSAW).check(session, List.of()));
        }

        @Test
        void aSessionAfterWarsawMidnightCrossesOnlyUtcMidnight() {
            WorkPeriod session = closed(at("2024-01-15T23:30:00Z"), at("2024-01-16T00:30:00Z"));
            assertEquals(Optional.of(THROUGH_MIDNIGHT), UTC_RULES.check(session, List.of()));
            assertEquals(Optional.empty(), new SessionRules(WARSAW).check(session, List.of()));
        }

        @Test
        void winsOverRule5() {
            long in = at("2024-01-15T22:00:00Z");
            long out = at("2024-01-16T01:00:00Z");
            assertEquals(Optional.of(THROUGH_MIDNIGHT),
                    check(closed(in, out), closed(at("2024-01-15T23:00:00Z"), at("2024-01-15T23:30:00Z"))));
        }
    }

    @Nested
    class Rule5AnotherInside {

        @Test
        void anEndedSessionStrictlyInsideIsRefused() {
            assertEquals(Optional.of(CONTAINS_ANOTHER),
                    check(closed(jan15(10, 0), jan15(14, 0)), closed(jan15(11, 0), jan15(12, 0))));
        }

        @Test
        void anIdenticalSessionIsAnOverlap() {
            assertEquals(Optional.of(CONTAINS_ANOTHER),
                    check(closed(jan15(10, 0), jan15(14, 0)), closed(jan15(10, 0), jan15(14, 0))));
        }

        @Test
        void aSessionInsideThatSharesTheStartIsAnOverlap() {
            assertEquals(Optional.of(CONTAINS_ANOTHER),
                    check(closed(jan15(10, 0), jan15(14, 0)), closed(jan15(10, 0), jan15(12, 0))));
        }

        @Test
        void aSessionInsideThatSharesTheEndIsAnOverlap() {
            assertEquals(Optional.of(CONTAINS_ANOTHER),
                    check(closed(jan15(10, 0), jan15(14, 0)), closed(jan15(12, 0), jan15(14, 0))));
        }

        @Test
        void sessionsTouchingBothEdgesAreAllowed() {
            assertEquals(Optional.empty(), check(closed(jan15(10, 0), jan15(14, 0)),
                    closed(jan15(8, 0), jan15(10, 0)), closed(jan15(14, 0), jan15(16, 0))));
        }

        @Test
        void isNotCheckedForAnOpenSession() {
            assertEquals(Optional.empty(),
                    check(WorkPeriod.open(jan15(10, 0)), closed(jan15(11, 0), jan15(12, 0))));
        }
    }

    @Test
    void openSessionsAmongTheOthersNeverConflict() {
        WorkPeriod openOther = WorkPeriod.open(jan15(9, 0));
        assertEquals(Optional.empty(), check(closed(jan15(8, 0), jan15(12, 0)), openOther));
        assertEquals(Optional.empty(), check(WorkPeriod.open(jan15(10, 0)), openOther));
    }

    @Test
    void onlyTheFirstBrokenRuleIsReported() {
        Optional<FieldError> result = check(closed(jan15(10, 0), jan15(14, 0)),
                closed(jan15(8, 0), jan15(11, 0)), closed(jan15(13, 0), jan15(16, 0)),
                closed(jan15(11, 30), jan15(12, 0)));
        assertEquals(Optional.of(START_OVERLAPS), result);
    }

    @Test
    void workPeriodKnowsWhetherItIsOpen() {
        assertTrue(WorkPeriod.open(1).isOpen());
        assertEquals(false, WorkPeriod.closed(1, 2).isOpen());
    }
}
