package com.workgate.events.timeoff.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.workgate.auth.user.entity.PlanKind;
import com.workgate.events.ingest.control.EventFields;
import com.workgate.events.ingest.control.InvalidEvent;
import com.workgate.events.timeoff.control.TimeOffRules.DayChange;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TimeOffRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate MON = LocalDate.of(2026, 11, 23);
    private static final LocalDate TUE = MON.plusDays(1);
    private static final LocalDate WED = MON.plusDays(2);
    private static final LocalDate THU = MON.plusDays(3);

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** A valid scheduled leave of Bob, plus or overriding {@code more} (JSON members, single quotes). */
    private static JsonNode event(String more) {
        return json("{'eventId': 't1', 'email': 'bob@example.com', 'eventType': 'scheduled', "
                + "'startDate': '2026-11-23', 'endDate': '2026-11-25'" + (more.isEmpty() ? "" : ", " + more) + "}");
    }

    private static String invalid(JsonNode event) {
        return assertThrows(InvalidEvent.class, () -> TimeOffRules.read(event, 2)).getMessage();
    }

    private static TimeOff leave(String eventId, long userId, boolean scheduled, LocalDate start, LocalDate end) {
        return new TimeOff(eventId, userId, null, scheduled, start, end, null);
    }

    @Nested
    class Result3InvalidEvent {

        @Test
        void anEntryThatIsNoObjectIsNamedByItsPlaceInTheList() {
            assertEquals("timeOffEvents[2]: must be an object", invalid(json("'t1'")));
            assertEquals("timeOffEvents[2]: must be an object", invalid(json("[{}]")));
        }

        @Test
        void theEventIdIsARequiredStringThatFitsItsColumn() {
            assertEquals("eventId: is required", invalid(event("'eventId': null")));
            assertEquals("eventId: is required", invalid(event("'eventId': ''")));
            assertEquals("eventId: must be a string", invalid(event("'eventId': 1")));
            assertEquals("eventId: is longer than 200 characters", invalid(event("'eventId': '" + "t".repeat(201) + "'")));
        }

        @Test
        void aPersonIsNamedByUidOrEmail() {
            assertEquals("email: email or uid is required", invalid(event("'email': null")));
            assertEquals("email: email or uid is required", invalid(event("'email': '  '")));
            assertEquals("email: email or uid is required", invalid(event("'email': null, 'uid': ''")));
            assertEquals("uid: must be a user id (a string or a whole number)", invalid(event("'uid': false")));
            assertEquals("email: must be a string", invalid(event("'email': ['bob@example.com']")));
        }

        @Test
        void theEventTypeIsScheduledOrCancelled() {
            assertEquals("eventType: is required", invalid(event("'eventType': null")));
            assertEquals("eventType: unknown value \"Scheduled\", expected one of scheduled, cancelled",
                    invalid(event("'eventType': 'Scheduled'")));
            assertEquals("eventType: unknown value \"canceled\", expected one of scheduled, cancelled",
                    invalid(event("'eventType': 'canceled'")));
        }

        @Test
        void datesAreDaysInTheBounds() {
            assertEquals("startDate: is required", invalid(event("'startDate': null")));
            assertEquals("startDate: \"23.11.2026\" is not a date of the form YYYY-MM-DD", invalid(event("'startDate': '23.11.2026'")));
            assertEquals("endDate: \"2026-11-31\" is not a date of the form YYYY-MM-DD", invalid(event("'endDate': '2026-11-31'")));
            assertEquals("endDate: is longer than 10 characters", invalid(event("'endDate': '2026-11-25T00:00:00Z'")));
            assertEquals("startDate: must be between 2000-01-01 and 2099-12-31", invalid(event("'startDate': '1999-12-31'")));
        }

        @Test
        void theEndIsNotBeforeTheStart() {
            assertEquals("endDate: is before startDate", invalid(event("'endDate': '2026-11-22'")));
        }

        @Test
        void theRangeSpansAtMost366Days() throws InvalidEvent {
            assertEquals(LocalDate.of(2027, 11, 23),
                    TimeOffRules.read(event("'startDate': '2026-11-23', 'endDate': '2027-11-23'"), 0).endDate(), "366 days");
            assertEquals("endDate: the range may span at most 366 days",
                    invalid(event("'startDate': '2026-11-23', 'endDate': '2027-11-24'")));
        }

        @Test
        void theTimeOffTypeIsOptionalAndOneOfThree() throws InvalidEvent {
            for (String type : new String[]{"holiday", "leave", "sick"}) {
                assertEquals(type, TimeOffRules.read(event("'timeOffType': '" + type + "'"), 0).timeOffType());
            }
            assertEquals("timeOffType: unknown value \"vacation\", expected one of holiday, leave, sick",
                    invalid(event("'timeOffType': 'vacation'")));
            assertEquals("timeOffType: unknown value \"\", expected one of holiday, leave, sick",
                    invalid(event("'timeOffType': ''")));
        }

        @Test
        void theFirstProblemInFieldOrderIsReported() {
            assertEquals("eventId: is required", invalid(json("{'eventType': 'later', 'endDate': 'x'}")));
            assertEquals("eventType: unknown value \"x\", expected one of scheduled, cancelled",
                    invalid(event("'eventType': 'x', 'startDate': 'x'")));
        }
    }

    @Nested
    class ValidEvents {

        @Test
        void aScheduledLeaveByEmail() throws InvalidEvent {
            assertEquals(new TimeOff("t1", null, "bob@example.com", true, MON, WED, null), TimeOffRules.read(event(""), 0));
        }

        @Test
        void aCancelledLeaveByUid() throws InvalidEvent {
            TimeOff read = TimeOffRules.read(event("'email': null, 'uid': '42', 'eventType': 'cancelled'"), 0);
            assertEquals(42L, read.userId());
            assertFalse(read.scheduled());
        }

        @Test
        void aUidThatIsNoIdOfOursNamesNobody() throws InvalidEvent {
            assertEquals(EventFields.NO_SUCH_USER, TimeOffRules.read(event("'uid': 'ABC123HGbghdhdI'"), 0).userId());
        }

        @Test
        void aOneDayLeave() throws InvalidEvent {
            TimeOff read = TimeOffRules.read(event("'endDate': '2026-11-23'"), 0);
            assertEquals(read.startDate(), read.endDate());
        }
    }

    @Nested
    class WhomAnEventNames {

        private final Set<Long> known = Set.of(42L);
        private final Map<String, Long> byEmail = Map.of("bob@example.com", 7L);

        @Test
        void aKnownUidWinsOverTheEmail() {
            assertEquals(42L, TimeOffRules.resolvedUser(new TimeOff("t", 42L, "bob@example.com", true, MON, MON, null),
                    known, byEmail));
        }

        @Test
        void anUnknownUidIsNobodyWhateverTheEmail() {
            assertNull(TimeOffRules.resolvedUser(new TimeOff("t", 43L, "bob@example.com", true, MON, MON, null), known, byEmail));
            assertNull(TimeOffRules.resolvedUser(new TimeOff("t", EventFields.NO_SUCH_USER, null, true, MON, MON, null),
                    known, byEmail));
        }

        @Test
        void withoutAUidTheEmailIsLookedUp() {
            assertEquals(7L, TimeOffRules.resolvedUser(new TimeOff("t", null, "bob@example.com", true, MON, MON, null),
                    known, byEmail));
            assertNull(TimeOffRules.resolvedUser(new TimeOff("t", null, "ann@example.com", true, MON, MON, null), known, byEmail));
        }
    }

    @Nested
    class Resends {

        @Test
        void anEventStoredBeforeIsNoNews() {
            TimeOff event = leave("t1", 7, true, MON, WED);
            assertEquals(List.of(false), TimeOffRules.news(List.of(event), List.of(event.idempotencyKey())));
        }

        @Test
        void theSameEventTwiceInABatchIsNewsOnce() {
            TimeOff event = leave("t1", 7, true, MON, WED);
            assertEquals(List.of(true, false), TimeOffRules.news(List.of(event, event), List.of()));
        }

        @Test
        void theCancellationOfAStoredLeaveIsNews() {
            assertEquals(List.of(true), TimeOffRules.news(List.of(leave("t1", 7, false, MON, WED)),
                    List.of(leave("t1", 7, true, MON, WED).idempotencyKey())));
        }

        @Test
        void oneIdForTwoPeopleIsTwoEvents() {
            assertEquals(List.of(true, true), TimeOffRules.news(List.of(leave("t1", 7, true, MON, WED),
                    leave("t1", 8, true, MON, WED)), List.of()));
        }

        @Test
        void anEmptyBatch() {
            assertEquals(List.of(), TimeOffRules.news(List.of(), List.of()));
        }
    }

    @Nested
    class PlanChanges {

        @Test
        void aScheduledLeaveMakesEveryDayAway() {
            assertEquals(List.of(new DayChange(MON, PlanKind.AWAY), new DayChange(TUE, PlanKind.AWAY),
                    new DayChange(WED, PlanKind.AWAY)), TimeOffRules.planChanges(leave("t", 7, true, MON, WED), MON));
        }

        @Test
        void aCancelledLeaveGivesTheDaysBackToTheWeeklyPlan() {
            assertEquals(List.of(new DayChange(MON, null), new DayChange(TUE, null)),
                    TimeOffRules.planChanges(leave("t", 7, false, MON, TUE), MON));
        }

        @Test
        void pastDaysAreNeverTouched() {
            assertEquals(List.of(new DayChange(WED, PlanKind.AWAY)), TimeOffRules.planChanges(leave("t", 7, true, MON, WED), WED));
            assertEquals(List.of(new DayChange(TUE, null), new DayChange(WED, null)),
                    TimeOffRules.planChanges(leave("t", 7, false, MON, WED), TUE));
        }

        @Test
        void aLeaveWhollyInThePastChangesNothing() {
            assertEquals(List.of(), TimeOffRules.planChanges(leave("t", 7, true, MON, WED), THU));
            assertEquals(List.of(), TimeOffRules.planChanges(leave("t", 7, false, MON, MON), TUE));
        }

        @Test
        void aFutureLeaveChangesItsOwnDaysOnly() {
            assertEquals(List.of(new DayChange(WED, PlanKind.AWAY), new DayChange(THU, PlanKind.AWAY)),
                    TimeOffRules.planChanges(leave("t", 7, true, WED, THU), MON));
        }

        @Test
        void aLeaveAcrossTheYearEnd() {
            List<DayChange> changes = TimeOffRules.planChanges(
                    leave("t", 7, true, LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 2)), MON);
            assertEquals(4, changes.size());
            assertEquals(LocalDate.of(2027, 1, 1), changes.get(2).day());
        }

        @Test
        void theLongestLeaveChangesEachOfItsDays() {
            assertEquals(TimeOff.MAX_DAYS, TimeOffRules.planChanges(leave("t", 7, true, MON, MON.plusDays(365)), MON).size());
        }

        @Test
        void theReasonNamesTheEventAndItsType() {
            assertEquals("time off t1", TimeOffRules.reason(leave("t1", 7, true, MON, MON)));
            assertEquals("time off t1 (sick)", TimeOffRules.reason(new TimeOff("t1", 7L, null, true, MON, MON, "sick")));
        }
    }

    @Test
    void theDaysFromTodayIncludeTodayAndTheEnd() {
        assertEquals(List.of(TUE, WED), leave("t", 7, true, MON, WED).daysFrom(TUE));
        assertTrue(leave("t", 7, true, MON, MON).daysFrom(TUE).isEmpty());
    }
}
