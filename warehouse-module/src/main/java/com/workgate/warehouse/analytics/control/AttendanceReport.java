package com.workgate.warehouse.analytics.control;

import static com.workgate.warehouse.analytics.control.WarehouseDatabase.date;
import static com.workgate.warehouse.analytics.control.WarehouseDatabase.instant;
import static com.workgate.warehouse.analytics.control.WarehouseDatabase.nullableLong;
import static com.workgate.warehouse.analytics.control.WarehouseDatabase.query;

import com.workgate.auth.user.entity.PlanKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /user-booking-attendance}: one row per person and day, ordered by person then day. People are read in
 * chunks; for each chunk three queries bring its day plans, bookings and detections for the whole range, so
 * memory holds one chunk, whatever the size of the answer, and the number of queries does not grow with rows.
 * All of it is read through the views auth and events publish (docs/module-contracts.md).
 */
@ApplicationScoped
public class AttendanceReport {

    static final int USERS_PER_CHUNK = 500;

    @Inject
    WarehouseDatabase database;

    private record Office(long pk, String locationId, String name, boolean hasPresenceSource) {
    }

    private record Person(long id, String primaryLocationId, String primaryGroupId, WeekdayPlans weeklyPlan) {
    }

    private record PersonDay(long userId, LocalDate day) {
    }

    private record BookingRow(int depth, long locationPk, String locationId, String locationName, String levelId,
                              String levelName, String zoneId, String zoneName, String placeId, String placeName) {
    }

    public void write(long organizationId, DateRange range, String locationId, Paging paging, RowSink sink)
            throws IOException {
        long[] after = paging.afterNumbers(2);
        database.withConnection(connection -> {
            Map<Long, Office> offices = new HashMap<>();
            Map<String, Office> officesById = new HashMap<>();
            query(connection, "select location_pk, location_id, name, has_presence_source from events_location"
                            + " where organization_id = ?",
                    List.of(organizationId), 0, row -> {
                        Office office = new Office(row.getLong(1), row.getString(2), row.getString(3), row.getBoolean(4));
                        offices.put(office.pk(), office);
                        officesById.put(office.locationId(), office);
                        return true;
                    });
            Office onlyAt = locationId == null || locationId.isBlank() ? null : officesById.get(locationId);
            if (locationId != null && !locationId.isBlank() && onlyAt == null) {
                return;
            }
            long fromUser = after == null ? 0 : after[0];
            LocalDate afterDay = after == null ? null : LocalDate.ofEpochDay(after[1]);
            boolean more = true;
            while (more) {
                List<Person> people = people(connection, organizationId, fromUser);
                if (people.isEmpty()) {
                    return;
                }
                more = writeChunk(connection, organizationId, range, people, offices, officesById, onlyAt,
                        after == null ? -1 : after[0], afterDay, sink);
                fromUser = people.get(people.size() - 1).id() + 1;
                if (people.size() < USERS_PER_CHUNK) {
                    return;
                }
            }
        });
    }

    /** The next chunk of people, from the given id on (the cursor's person may still have days to come). */
    private static List<Person> people(Connection connection, long organizationId, long fromUser)
            throws SQLException, IOException {
        List<Person> people = new ArrayList<>();
        query(connection, "select user_id, primary_location_id, primary_group_id, " + WeekdayPlans.COLUMNS
                        + " from auth_current_person where organization_id = ? and user_id >= ? order by user_id",
                List.of(organizationId, fromUser), USERS_PER_CHUNK, row -> {
                    people.add(new Person(row.getLong(1), row.getString(2), row.getString(3),
                            WeekdayPlans.read(row::getString)));
                    return true;
                });
        return people;
    }

    private static boolean writeChunk(Connection connection, long organizationId, DateRange range, List<Person> people,
                                      Map<Long, Office> offices, Map<String, Office> officesById, Office onlyAt,
                                      long cursorUser, LocalDate cursorDay, RowSink sink) throws SQLException, IOException {
        long firstId = people.get(0).id();
        long lastId = people.get(people.size() - 1).id();
        List<Object> chunk = List.of(organizationId, range.start(), range.end(), firstId, lastId);

        Map<PersonDay, PlanKind> dayPlans = new HashMap<>();
        query(connection, "select user_id, on_day, plan from events_day_plan where organization_id = ?"
                + " and on_day between ? and ? and user_id between ? and ?", chunk, 0, row -> {
                    dayPlans.put(new PersonDay(row.getLong(1), date(row, 2)), PlanKind.fromLetter(row.getString(3)));
                    return true;
                });
        Map<PersonDay, BookingRow> bookings = new HashMap<>();
        query(connection, """
                select user_id, on_day, depth, location_pk, location_id, location_name, level_id, level_name,
                       zone_id, zone_name, place_id, place_name
                from events_booking
                where organization_id = ? and on_day between ? and ? and user_id between ? and ?""", chunk, 0, row -> {
                    bookings.put(new PersonDay(row.getLong(1), date(row, 2)), new BookingRow(row.getInt(3), row.getLong(4),
                            row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getString(9),
                            row.getString(10), row.getString(11), row.getString(12)));
                    return true;
                });
        Map<PersonDay, Set<Long>> detections = new HashMap<>();
        query(connection, "select user_id, occurred_at, location_pk from events_presence where organization_id = ?"
                        + " and occurred_at >= ? and occurred_at < ? and user_id between ? and ?",
                List.of(organizationId, range.from(), range.until(), firstId, lastId), 0, row -> {
                    LocalDate day = instant(row, 2).atOffset(ZoneOffset.UTC).toLocalDate();
                    detections.computeIfAbsent(new PersonDay(row.getLong(1), day), k -> new HashSet<>())
                            .add(nullableLong(row, 3));
                    return true;
                });

        for (Person person : people) {
            Office primary = person.primaryLocationId() == null ? null : officesById.get(person.primaryLocationId());
            for (LocalDate day = range.start(); !day.isAfter(range.end()); day = day.plusDays(1)) {
                if (person.id() == cursorUser && cursorDay != null && !day.isAfter(cursorDay)) {
                    continue;
                }
                PersonDay key = new PersonDay(person.id(), day);
                PlanKind plan = dayPlans.getOrDefault(key, person.weeklyPlan().on(day));
                BookingRow booking = bookings.get(key);
                Office planned = booking != null ? offices.get(booking.locationPk()) : primary;
                Set<Long> detectedAt = detections.getOrDefault(key, Set.of());
                if (onlyAt != null && (planned == null || planned.pk() != onlyAt.pk()) && !detectedAt.contains(onlyAt.pk())) {
                    continue;
                }
                AttendanceType attendance = AttendanceRules.classify(plan, planned == null ? null : planned.pk(),
                        planned != null && planned.hasPresenceSource(), detectedAt);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("userId", String.valueOf(person.id()));
                row.put("primaryLocationId", person.primaryLocationId());
                row.put("primaryLocationName", primary == null ? null : primary.name());
                row.put("day", day + "T00:00:00Z");
                row.put("plan", String.valueOf(plan.letter()));
                row.put("bookingDepth", booking == null ? null : booking.depth());
                row.put("attendanceType", attendance == null ? null : attendance.wire());
                row.put("bookingLocationId", booking == null ? null : booking.locationId());
                row.put("bookingLocationName", booking == null ? null : booking.locationName());
                row.put("bookingLevelId", booking == null ? null : booking.levelId());
                row.put("bookingLevelName", booking == null ? null : booking.levelName());
                row.put("bookingZoneId", booking == null ? null : booking.zoneId());
                row.put("bookingZoneName", booking == null ? null : booking.zoneName());
                row.put("bookingPlaceId", booking == null ? null : booking.placeId());
                row.put("bookingPlaceName", booking == null ? null : booking.placeName());
                row.put("primaryGroupId", person.primaryGroupId());
                if (!sink.accept(person.id() + ":" + day.toEpochDay(), row)) {
                    return false;
                }
            }
        }
        return true;
    }
}
