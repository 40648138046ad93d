package com.workgate.events.ingest.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.workgate.events.ingest.control.LocatedEventRules.Decision;
import com.workgate.events.ingest.control.LocatedEventRules.Directory;
import com.workgate.events.occupancy.control.OccupancyKind;
import com.workgate.events.place.control.LocationRef;
import com.workgate.events.place.entity.LocationType;
import com.workgate.events.presence.control.PresenceKind;
import com.workgate.events.visitor.control.VisitorKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LocatedEventRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PresenceKind PRESENCE = new PresenceKind();
    private static final OccupancyKind OCCUPANCY = new OccupancyKind();
    private static final VisitorKind VISITOR = new VisitorKind();

    private static final Instant AT = Instant.parse("2026-11-23T08:59:12Z");
    private static final LocationRef DESK = new LocationRef(LocationType.PLACE, "desk-1");
    private static final LocationRef ELSEWHERE = new LocationRef(LocationType.ZONE, "nowhere");
    private static final long OFFICE = 70;
    private static final Directory FOUND = new Directory(Set.of(7L, 8L), Map.of("ann@example.com", 9L),
            Map.of(DESK, OFFICE));

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** A presence event with all it needs, plus or overriding {@code more} (JSON members, single quotes). */
    private static JsonNode presence(String more) {
        return json("{'eventId': 'e1', 'timestamp': '2026-11-23T08:59:12Z', 'locationId': 'desk-1', "
                + "'locationType': 'place', 'userId': '7'" + (more.isEmpty() ? "" : ", " + more) + "}");
    }

    private static String invalid(JsonNode event, LocatedEventKind<?> kind) {
        return assertThrows(InvalidEvent.class, () -> LocatedEventRules.read(event, 4, kind)).getMessage();
    }

    private static <P> LocatedEvent<P> event(String id, Long userId, String email, LocationRef where, P payload) {
        return new LocatedEvent<>(id, AT, where, userId, email, payload);
    }

    private static IngestResult answer(Decision<?> decision) {
        assertNull(decision.row(), "not stored");
        return decision.answered();
    }

    @Nested
    class Result3InvalidEvent {

        @Test
        void anEntryThatIsNoObjectIsNamedByItsPlaceInTheList() {
            assertEquals("presenceEvents[4]: must be an object", invalid(json("\"e1\""), PRESENCE));
            assertEquals("occupancyEvents[4]: must be an object", invalid(json("[]"), OCCUPANCY));
            assertEquals("visitorArrivals[4]: must be an object", invalid(json("null"), VISITOR));
        }

        @Test
        void theCommonFieldsAreCheckedInOrderEventIdTimestampLocation() {
            JsonNode nothing = json("{}");
            assertEquals("eventId: is required", invalid(nothing, PRESENCE));
            assertEquals("eventId: is required", invalid(presence("'eventId': '  '"), PRESENCE));
            assertEquals("eventId: must be a string", invalid(presence("'eventId': 12"), PRESENCE));
            assertEquals("eventId: is longer than 200 characters", invalid(presence("'eventId': '" + "e".repeat(201) + "'"),
                    PRESENCE));
            assertEquals("timestamp: is required", invalid(json("{'eventId': 'e1'}"), PRESENCE));
            assertEquals("timestamp: \"2026-11-23 08:59\" is not an ISO-8601 time with an offset, e.g. 2026-11-23T08:59:12Z",
                    invalid(presence("'timestamp': '2026-11-23 08:59'"), PRESENCE));
            assertEquals("timestamp: \"2026-11-23T08:59:12\" is not an ISO-8601 time with an offset, e.g. 2026-11-23T08:59:12Z",
                    invalid(presence("'timestamp': '2026-11-23T08:59:12'"), PRESENCE), "no offset");
            assertEquals("timestamp: must be between 2000-01-01 and 2099-12-31",
                    invalid(presence("'timestamp': '1999-12-31T23:59:59Z'"), PRESENCE));
            assertEquals("locationId: is required", invalid(presence("'locationId': null"), PRESENCE));
            assertEquals("locationId: is longer than 100 characters",
                    invalid(presence("'locationId': '" + "d".repeat(101) + "'"), PRESENCE));
            assertEquals("locationType: is required", invalid(presence("'locationType': ''"), PRESENCE));
        }

        @Test
        void anUnknownLocationTypeListsTheKnownOnes() {
            assertEquals("locationType: unknown value \"desk\", expected one of location, level, zone, place, space",
                    invalid(presence("'locationType': 'desk'"), PRESENCE));
            assertEquals("locationType: unknown value \"PLACE\", expected one of location, level, zone, place, space",
                    invalid(presence("'locationType': 'PLACE'"), PRESENCE), "wire names are lower case");
        }

        @Test
        void presenceNeedsAUserIdOrAnEmail() {
            assertEquals("userId: userId or userEmail is required", invalid(presence("'userId': null"), PRESENCE));
            assertEquals("userId: userId or userEmail is required", invalid(presence("'userId': ''"), PRESENCE),
                    "an empty id is no id");
            assertEquals("userId: userId or userEmail is required",
                    invalid(presence("'userId': null, 'userEmail': ' '"), PRESENCE));
            assertEquals("userId: must be a user id (a string or a whole number)", invalid(presence("'userId': true"), PRESENCE));
            assertEquals("userId: must be a user id (a string or a whole number)", invalid(presence("'userId': 1.5"), PRESENCE));
            assertEquals("userEmail: must be a string", invalid(presence("'userEmail': 5"), PRESENCE));
            assertEquals("sourceUserId: is longer than 200 characters",
                    invalid(presence("'sourceUserId': '" + "s".repeat(201) + "'"), PRESENCE));
        }

        @Test
        void occupancyNeedsOccupiedOrACount() {
            JsonNode bare = presence("'userId': null");
            assertEquals("occupied: occupied or occupancy is required", invalid(bare, OCCUPANCY));
            assertEquals("occupied: must be true or false", invalid(presence("'occupied': 'yes'"), OCCUPANCY));
            assertEquals("occupancy: must be a whole number of at least 0", invalid(presence("'occupancy': -1"), OCCUPANCY));
            assertEquals("occupancy: must be a whole number of at least 0", invalid(presence("'occupancy': 1.5"), OCCUPANCY));
            assertEquals("occupancy: must be a whole number of at least 0",
                    invalid(presence("'occupancy': 3000000000"), OCCUPANCY), "beyond an int");
        }

        @Test
        void aVisitorNeedsANameAndAnEmailThatIsOne() {
            assertEquals("visitorName: is required", invalid(presence(""), VISITOR));
            assertEquals("visitorEmail: \"ann at example\" is not an email address",
                    invalid(presence("'visitorName': 'Ann', 'visitorEmail': 'ann at example'"), VISITOR));
            assertEquals("company: is longer than 200 characters",
                    invalid(presence("'visitorName': 'Ann', 'company': '" + "c".repeat(201) + "'"), VISITOR));
        }

        @Test
        void aNulCharacterIsRefusedInAnyText() {
            assertEquals("eventId: must not contain the NUL character (\\u0000)",
                    invalid(presence("'eventId': 'e\\u0000'"), PRESENCE));
        }

        @Test
        void theEchoedEventIdIsTheStringOneOnly() {
            assertEquals("e1", LocatedEventRules.echoedEventId(presence("")));
            assertNull(LocatedEventRules.echoedEventId(presence("'eventId': 12")));
            assertNull(LocatedEventRules.echoedEventId(json("{}")));
            assertNull(LocatedEventRules.echoedEventId(json("[{'eventId': 'e1'}]")));
            assertEquals("", LocatedEventRules.echoedEventId(presence("'eventId': ''")), "echoed even when refused");
        }
    }

    @Nested
    class ValidEventsAreRead {

        @Test
        void aPresenceCarriesItsUserIdAndSourceUserId() throws InvalidEvent {
            LocatedEvent<?> read = LocatedEventRules.read(presence("'sourceUserId': 'badge-7'"), 0, PRESENCE);
            assertEquals(new LocatedEvent<>("e1", AT, DESK, 7L, null, "badge-7"), read);
        }

        @Test
        void aNumericUserIdIsAcceptedAsNumberOrString() throws InvalidEvent {
            assertEquals(7L, LocatedEventRules.read(presence("'userId': 7"), 0, PRESENCE).userId());
            assertEquals(7L, LocatedEventRules.read(presence("'userId': ' 7 '"), 0, PRESENCE).userId());
        }

        @Test
        void aUserIdThatIsNoIdOfOursNamesNobody() throws InvalidEvent {
            assertEquals(EventFields.NO_SUCH_USER,
                    LocatedEventRules.read(presence("'userId': 'ABC123HGbghdhdI'"), 0, PRESENCE).userId());
            assertEquals(EventFields.NO_SUCH_USER,
                    LocatedEventRules.read(presence("'userId': '1234567890123456789'"), 0, PRESENCE).userId(),
                    "19 digits: more than a long holds");
        }

        @Test
        void theOffsetOfTheTimestampIsApplied() throws InvalidEvent {
            assertEquals(AT, LocatedEventRules.read(presence("'timestamp': '2026-11-23T09:59:12+01:00'"), 0, PRESENCE)
                    .occurredAt());
        }

        @Test
        void anOccupancyNamesNobody() throws InvalidEvent {
            LocatedEvent<OccupancyKind.Reading> read = LocatedEventRules.read(presence("'occupancy': 3"), 0, OCCUPANCY);
            assertNull(read.userId(), "its userId member is not read");
            assertEquals(new OccupancyKind.Reading(null, 3), read.payload());
        }

        @Test
        void aVisitorNamesItsHostByEmail() throws InvalidEvent {
            LocatedEvent<VisitorKind.Visitor> read = LocatedEventRules.read(
                    presence("'visitorName': 'Ann', 'hostEmail': 'bob@example.com'"), 0, VISITOR);
            assertEquals("bob@example.com", read.userEmail());
            assertNull(read.userId());
            assertEquals(new VisitorKind.Visitor("Ann", null, null), read.payload());
        }
    }

    @Nested
    class WhoAnEventNames {

        @Test
        void aKnownIdIsItself() {
            assertEquals(7L, LocatedEventRules.resolvedUser(7L, null, FOUND));
        }

        @Test
        void anUnknownIdIsNobodyEvenWithAKnownEmail() {
            assertNull(LocatedEventRules.resolvedUser(99L, "ann@example.com", FOUND));
            assertNull(LocatedEventRules.resolvedUser(EventFields.NO_SUCH_USER, null, FOUND));
        }

        @Test
        void anEmailIsLookedUpOnlyWithoutAnId() {
            assertEquals(9L, LocatedEventRules.resolvedUser(null, "ann@example.com", FOUND));
            assertNull(LocatedEventRules.resolvedUser(null, "bob@example.com", FOUND));
            assertNull(LocatedEventRules.resolvedUser(null, null, FOUND));
        }
    }

    @Nested
    class ResultCodesOfValidEvents {

        private <P> List<Decision<P>> decide(LocatedEventKind<P> kind, List<LocatedEvent<P>> events) {
            return LocatedEventRules.decide(events, kind.requiresUser(), kind.userNotFound(), FOUND);
        }

        @Test
        void result0AKnownPersonAtAKnownPlaceIsARowOfItsOffice() {
            List<Decision<String>> decisions = decide(PRESENCE, List.of(event("e1", 7L, null, DESK, "s")));
            assertNull(decisions.get(0).answered());
            assertEquals(new LocatedEventRows.Row<>(event("e1", 7L, null, DESK, "s"), OFFICE, 7L), decisions.get(0).row());
        }

        @Test
        void result0APersonFoundByEmailIsStoredWithTheirId() {
            assertEquals(9L, decide(PRESENCE, List.of(event("e1", null, "ann@example.com", DESK, "s"))).get(0).row().userId());
        }

        @Test
        void result1APresenceOfNobodyWeKnow() {
            IngestResult expected = new IngestResult("e1", IngestResult.USER_NOT_FOUND, "User not found");
            assertEquals(expected, answer(decide(PRESENCE, List.of(event("e1", 99L, null, DESK, "s"))).get(0)));
            assertEquals(expected, answer(decide(PRESENCE, List.of(event("e1", null, "x@example.com", DESK, "s"))).get(0)));
            assertEquals(expected, answer(decide(PRESENCE, List.of(event("e1", EventFields.NO_SUCH_USER, null, DESK, "s")))
                    .get(0)));
        }

        @Test
        void result1AVisitorWhoseHostIsUnknownSaysHost() {
            assertEquals(new IngestResult("v1", IngestResult.USER_NOT_FOUND, "Host not found"),
                    answer(decide(VISITOR, List.of(event("v1", null, "nobody@example.com", DESK,
                            new VisitorKind.Visitor("Ann", null, null)))).get(0)));
        }

        @Test
        void aVisitorWithoutAHostNeedsNone() {
            Decision<VisitorKind.Visitor> decision = decide(VISITOR, List.of(event("v1", null, null, DESK,
                    new VisitorKind.Visitor("Ann", null, null)))).get(0);
            assertNull(decision.answered());
            assertNull(decision.row().userId());
        }

        @Test
        void anOccupancyNeedsNoPerson() {
            assertEquals(OFFICE, decide(OCCUPANCY, List.of(event("o1", null, null, DESK, new OccupancyKind.Reading(true, null))))
                    .get(0).row().officePk());
        }

        @Test
        void result2AnUnknownPlaceIsNamedByTypeAndId() {
            assertEquals(new IngestResult("o1", IngestResult.LOCATION_NOT_FOUND, "Location not found: zone nowhere"),
                    answer(decide(OCCUPANCY, List.of(event("o1", null, null, ELSEWHERE, new OccupancyKind.Reading(true, null))))
                            .get(0)));
        }

        @Test
        void anUnknownPersonIsReportedBeforeAnUnknownPlace() {
            assertEquals(IngestResult.USER_NOT_FOUND,
                    answer(decide(PRESENCE, List.of(event("e1", 99L, null, ELSEWHERE, "s"))).get(0)).resultCode());
        }

        @Test
        void anEventIdTwiceInTheBatchIsStoredOnceAndTheSecondAcknowledged() {
            List<Decision<String>> decisions = decide(PRESENCE, List.of(event("e1", 7L, null, DESK, "a"),
                    event("e1", 8L, null, DESK, "b")));
            assertEquals(7L, decisions.get(0).row().userId(), "the first one");
            assertEquals(new IngestResult("e1", IngestResult.SUCCESS, "Event already stored"), answer(decisions.get(1)));
        }

        @Test
        void anEventIdRefusedOnceMayStillBeStoredByALaterEntry() {
            List<Decision<String>> decisions = decide(PRESENCE, List.of(event("e1", 99L, null, DESK, "a"),
                    event("e1", 7L, null, DESK, "b")));
            assertEquals(IngestResult.USER_NOT_FOUND, answer(decisions.get(0)).resultCode());
            assertEquals("b", decisions.get(1).row().event().payload());
        }

        @Test
        void decisionsKeepTheOrderOfTheEvents() {
            List<Decision<String>> decisions = decide(PRESENCE, List.of(event("a", 7L, null, DESK, "s"),
                    event("b", 99L, null, DESK, "s"), event("c", 8L, null, ELSEWHERE, "s"), event("d", 8L, null, DESK, "s")));
            assertEquals("a", decisions.get(0).row().event().eventId());
            assertEquals("b", answer(decisions.get(1)).eventId());
            assertEquals("c", answer(decisions.get(2)).eventId());
            assertEquals("d", decisions.get(3).row().event().eventId());
        }

        @Test
        void anEmptyBatchHasNoDecisions() {
            assertEquals(List.of(), decide(PRESENCE, List.of()));
        }
    }

    @Test
    void theResultCodesAreThoseOfTheWire() {
        assertEquals(List.of(0, 1, 2, 3), List.of(IngestResult.SUCCESS, IngestResult.USER_NOT_FOUND,
                IngestResult.LOCATION_NOT_FOUND, IngestResult.INVALID));
        assertEquals(new IngestResult("e1", 0, "Event stored"), IngestResult.stored("e1"));
        assertEquals(new IngestResult("e1", 3, "eventId: is required"),
                IngestResult.invalid("e1", new InvalidEvent("eventId", "is required")));
    }
}
