package com.workgate.events.place.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.workgate.events.place.control.LocationRequest.LevelRequest;
import com.workgate.events.place.control.LocationRequest.PlaceRequest;
import com.workgate.events.place.control.LocationRequest.ZoneRequest;
import com.workgate.events.place.control.LocationRequestCheck.Problem;
import com.workgate.events.place.entity.Level;
import com.workgate.events.place.entity.Location;
import com.workgate.events.place.entity.Place;
import com.workgate.events.place.entity.PlaceKind;
import com.workgate.events.place.entity.Zone;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules of {@code PUT /v1/admin/locations/{locationId}} that need no database. */
class LocationPutRulesTest {

    private static final String ID_PROBLEM = "must be 1-100 characters of letters, digits and ._:/@#-";

    private static PlaceRequest place(String id) {
        return new PlaceRequest(id, "Desk " + id, null, null);
    }

    private static ZoneRequest zone(String id, PlaceRequest... places) {
        return new ZoneRequest(id, "Zone " + id, Arrays.asList(places));
    }

    private static LevelRequest level(String id, ZoneRequest... zones) {
        return new LevelRequest(id, "Level " + id, Arrays.asList(zones));
    }

    private static LocationRequest location(LevelRequest... levels) {
        return new LocationRequest("HQ", "Main street 1", null, null, Arrays.asList(levels));
    }

    private static Optional<Problem> check(LocationRequest request) {
        return LocationRequestCheck.request(request);
    }

    private static Optional<Problem> problem(String field, String message) {
        return Optional.of(new Problem(field, message));
    }

    @Nested
    class TheLocationId {

        @Test
        void lettersDigitsAndSomePunctuationUpTo100() {
            for (String good : new String[]{"hq", "HQ-1", "a.b_c:d/e@f#g-h", "7", "x".repeat(100)}) {
                assertEquals(Optional.empty(), LocationRequestCheck.locationId(good), good);
            }
        }

        @Test
        void anythingElseIsRefused() {
            for (String bad : new String[]{"", "x".repeat(101), "h q", "hq!", "büro", "a,b", "a\u0000"}) {
                assertEquals(problem("locationId", ID_PROBLEM), LocationRequestCheck.locationId(bad), bad);
            }
            assertEquals(problem("locationId", ID_PROBLEM), LocationRequestCheck.locationId(null));
        }
    }

    @Nested
    class TheRequest {

        @Test
        void aWholeHierarchyPasses() {
            assertEquals(Optional.empty(), check(location(level("1", zone("1a", place("d1"), place("d2"))),
                    level("2", zone("2a"), zone("2b", place("d3"))))));
        }

        @Test
        void aLocationWithoutLevelsPasses() {
            assertEquals(Optional.empty(), check(new LocationRequest("HQ", null, null, null, null)));
            assertEquals(Optional.empty(), check(new LocationRequest("HQ", null, null, null, List.of())));
            assertEquals(Optional.empty(), check(location(new LevelRequest("1", "L", null))), "zones may be left out");
            assertEquals(Optional.empty(), check(location(level("1", new ZoneRequest("z", "Z", null)))), "places too");
        }

        @Test
        void noBodyIsRefused() {
            assertEquals(problem("body", "is required"), check(null));
        }

        @Test
        void theNameIsRequiredAndFitsItsColumn() {
            assertEquals(problem("name", "is required"), check(new LocationRequest(null, null, null, null, null)));
            assertEquals(problem("name", "is required"), check(new LocationRequest(" \t", null, null, null, null)));
            assertEquals(problem("name", "is longer than 200 characters"),
                    check(new LocationRequest("n".repeat(201), null, null, null, null)));
            assertEquals(Optional.empty(), check(new LocationRequest("n".repeat(200), null, null, null, null)));
        }

        @Test
        void theAddressIsOptionalAndFitsItsColumn() {
            assertEquals(Optional.empty(), check(new LocationRequest("HQ", "a".repeat(500), null, null, null)));
            assertEquals(problem("address", "is longer than 500 characters"),
                    check(new LocationRequest("HQ", "a".repeat(501), null, null, null)));
        }

        @Test
        void fieldsAreNamedByTheirPath() {
            assertEquals(problem("levels[1].levelId", ID_PROBLEM), check(location(level("1"), level("not ok"))));
            assertEquals(problem("levels[0].zones[1].zoneId", ID_PROBLEM), check(location(level("1", zone("a"), zone(null)))));
            assertEquals(problem("levels[0].zones[0].places[2].placeId", ID_PROBLEM),
                    check(location(level("1", zone("a", place("d1"), place("d2"), place(""))))));
        }

        @Test
        void namesAreRequiredAtEveryLevel() {
            assertEquals(problem("levels[0].name", "is required"), check(location(new LevelRequest("1", "", null))));
            assertEquals(problem("levels[0].zones[0].name", "is required"),
                    check(location(level("1", new ZoneRequest("z", null, null)))));
            assertEquals(problem("levels[0].zones[0].places[0].name", "is longer than 200 characters"),
                    check(location(level("1", zone("z", new PlaceRequest("d", "n".repeat(201), PlaceKind.DESK, null))))));
        }

        @Test
        void aNullEntryIsNoObject() {
            assertEquals(problem("levels[0]", "must be an object"), check(location((LevelRequest) null)));
            assertEquals(problem("levels[0].zones[0]", "must be an object"), check(location(level("1", (ZoneRequest) null))));
            assertEquals(problem("levels[0].zones[0].places[1]", "must be an object"),
                    check(location(level("1", zone("z", place("d"), null)))));
        }

        @Test
        void anIdAppearsOncePerKind() {
            assertEquals(problem("levels[1].levelId", "\"1\" appears twice"), check(location(level("1"), level("1"))));
            assertEquals(problem("levels[1].zones[0].zoneId", "\"z\" appears twice"),
                    check(location(level("1", zone("z")), level("2", zone("z")))), "across levels too");
            assertEquals(problem("levels[0].zones[1].places[0].placeId", "\"d\" appears twice"),
                    check(location(level("1", zone("a", place("d")), zone("b", place("d"))))));
        }

        @Test
        void kindsHaveTheirOwnIds() {
            assertEquals(Optional.empty(), check(location(level("x", zone("x", place("x"))))));
        }

        @Test
        void theFirstProblemInRequestOrderIsReported() {
            LocationRequest twoProblems = new LocationRequest("HQ", null, null, null, Arrays.asList(
                    new LevelRequest("1", "", List.of(zone("bad id"))), level("1")));
            assertEquals(problem("levels[0].name", "is required"), check(twoProblems));
            assertEquals(problem("name", "is required"),
                    check(new LocationRequest("", "a".repeat(501), null, null, List.of(level("bad id")))));
        }
    }

    @Nested
    class Archiving {

        private final Location hq = new Location(1, "hq");
        private final Level ground = attach(new Level(hq, "0"));
        private final Level first = attach(new Level(hq, "1"));
        private final Zone lobby = attach(new Zone(ground, "lobby"));
        private final Zone open = attach(new Zone(first, "open"));
        private final Place d1 = attach(new Place(open, "d1"));
        private final Place d2 = attach(new Place(open, "d2"));
        private final Place sofa = attach(new Place(lobby, "sofa"));

        private <T> T attach(T element) {
            if (element instanceof Level level) {
                level.getLocation().getLevels().add(level);
            } else if (element instanceof Zone zone) {
                zone.getLevel().getZones().add(zone);
            } else if (element instanceof Place place) {
                place.getZone().getPlaces().add(place);
            }
            return element;
        }

        private List<String> archived() {
            List<String> archived = new ArrayList<>();
            for (Level level : hq.getLevels()) {
                if (level.isArchived()) {
                    archived.add("level " + level.getLevelId());
                }
                for (Zone zone : level.getZones()) {
                    if (zone.isArchived()) {
                        archived.add("zone " + zone.getZoneId());
                    }
                    for (Place place : zone.getPlaces()) {
                        if (place.isArchived()) {
                            archived.add("place " + place.getPlaceId());
                        }
                    }
                }
            }
            return archived;
        }

        @Test
        void whatThePutListsStays() {
            LeftOutPlaces.archive(hq, Set.of(ground, first, lobby, open, d1, d2, sofa));
            assertEquals(List.of(), archived());
        }

        @Test
        void aLeftOutPlaceIsArchivedAndItsNeighboursStay() {
            LeftOutPlaces.archive(hq, Set.of(ground, first, lobby, open, d1, sofa));
            assertEquals(List.of("place d2"), archived());
        }

        @Test
        void aLeftOutLevelTakesItsZonesAndPlacesAlong() {
            LeftOutPlaces.archive(hq, Set.of(ground, lobby, sofa));
            assertEquals(List.of("level 1", "zone open", "place d1", "place d2"), archived());
        }

        @Test
        void anEmptyPutArchivesTheWholeHierarchy() {
            LeftOutPlaces.archive(hq, Set.of());
            assertEquals(List.of("level 0", "zone lobby", "place sofa", "level 1", "zone open", "place d1", "place d2"),
                    archived());
        }

        @Test
        void aPlaceListedUnderALeftOutZoneIsArchivedWithItOnlyIfNotKept() {
            LeftOutPlaces.archive(hq, Set.of(ground, first, d1));
            assertEquals(List.of("zone lobby", "place sofa", "zone open", "place d2"), archived());
        }

        @Test
        void archivingTwiceChangesNothing() {
            LeftOutPlaces.archive(hq, Set.of(ground, lobby, sofa));
            LeftOutPlaces.archive(hq, Set.of(ground, lobby, sofa));
            assertEquals(List.of("level 1", "zone open", "place d1", "place d2"), archived());
        }

        @Test
        void describingAnArchivedElementAgainRevivesIt() {
            LeftOutPlaces.archive(hq, Set.of());
            first.rename("First floor");
            open.rename("Open space");
            d2.describe("Desk 2", PlaceKind.DESK, 7L);
            LeftOutPlaces.archive(hq, Set.of(first, open, d2));
            assertEquals(List.of("level 0", "zone lobby", "place sofa", "place d1"), archived());
            assertFalse(d2.isArchived());
            assertEquals(7L, d2.getAssignedUserId());
        }

        @Test
        void aNewLocationHasNothingToArchive() {
            Location fresh = new Location(1, "new");
            LeftOutPlaces.archive(fresh, Set.of());
            assertTrue(fresh.getLevels().isEmpty());
        }
    }
}
