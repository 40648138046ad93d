package com.workgate.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The warehouse reads ({@code GET /v1/analytics/...}, key role {@code WAREHOUSE} or {@code ALL}). Every read returns
 * a {@link RowStream} that parses rows as they arrive, so even 5,000 people × 30 days of attendance never sit in
 * memory at once. The last day may be at most 30 days after the first (the server answers 400 otherwise). Ids are strings, as
 * on the wire. Reads are retried on
 * connection failures and 429/503 per {@link RetryPolicy}; a page fetched again after a failure restarts that page
 * only.
 */
public final class WarehouseApi {

    private final WorkgateApi api;
    private final Integer pageSize;

    WarehouseApi(WorkgateApi api, Integer pageSize) {
        this.api = api;
        this.pageSize = pageSize;
    }

    /**
     * @param rows rows per page (the server's {@code limit}); the client follows {@code Link: rel="next"}
     * @return the same reads, paged: each HTTP answer is shorter, the rows seen by the caller are the same
     */
    public WarehouseApi pagedBy(int rows) {
        return new WarehouseApi(api, rows);
    }

    /**
     * A person of the directory.
     *
     * @param userId            Workgate's user id (a string on the wire, as Calven documents ids)
     * @param userName          user name
     * @param email             email
     * @param firstName         first name
     * @param lastName          last name
     * @param onboarded         whether onboarded
     * @param primaryGroupId    primary group
     * @param primaryLocationId primary location
     * @param status            {@code active} or {@code inactive}
     * @param attributes        the person's directory attributes ({@code department}, {@code costCenter}, ...), set
     *                          by the directory sync or SCIM; empty when there are none
     */
    public record UserRow(String userId, String userName, String email, String firstName, String lastName, Boolean onboarded,
                          String primaryGroupId, String primaryLocationId, String status, Map<String, String> attributes) {
    }

    /**
     * A location (office) with its levels and zones as the server sends them.
     *
     * @param locationId   id
     * @param locationName name
     * @param address      address
     * @param status       status
     * @param levels       the levels with their zones
     */
    public record LocationRow(String locationId, String locationName, String address, String status, JsonNode levels) {
    }

    /**
     * A desk.
     *
     * @param deskId         id
     * @param deskName       name
     * @param locationId     its location
     * @param levelId        its level
     * @param levelName      its level's name
     * @param zoneId         its zone
     * @param zoneName       its zone's name
     * @param status         status
     * @param assignedUserId the user it is assigned to, or null
     */
    public record DeskRow(String deskId, String deskName, String locationId, String levelId, String levelName, String zoneId,
                          String zoneName, String status, String assignedUserId) {
    }

    /**
     * One person's plan, booking and attendance on one day.
     *
     * @param userId              the person
     * @param primaryLocationId   their primary location
     * @param primaryLocationName its name
     * @param day                 the day, ISO date-time at midnight UTC
     * @param plan                {@code o} office, {@code r} remote, {@code a} away
     * @param bookingDepth        1 location, 2 zone, 3 place, or null without booking
     * @param attendanceType      {@code confirmed}, {@code noShow}, {@code unconfirmed}, {@code walkIn}, or null
     * @param bookingLocationId   booked location
     * @param bookingLocationName its name
     * @param bookingLevelId      booked level
     * @param bookingLevelName    its name
     * @param bookingZoneId       booked zone
     * @param bookingZoneName     its name
     * @param bookingPlaceId      booked place
     * @param bookingPlaceName    its name
     * @param primaryGroupId      the person's primary group
     */
    public record AttendanceRow(String userId, String primaryLocationId, String primaryLocationName, String day, String plan,
                                Integer bookingDepth, String attendanceType, String bookingLocationId,
                                String bookingLocationName, String bookingLevelId, String bookingLevelName,
                                String bookingZoneId, String bookingZoneName, String bookingPlaceId,
                                String bookingPlaceName, String primaryGroupId) {
    }

    /**
     * A stored presence event.
     *
     * @param eventId      the event's id
     * @param sourceId     its source
     * @param userId       the person
     * @param email        their email
     * @param timestamp    when
     * @param locationId   where
     * @param locationType the kind of place
     * @param locationName its name
     */
    public record PresenceRow(String eventId, String sourceId, String userId, String email, String timestamp, String locationId,
                              String locationType, String locationName) {
    }

    /**
     * An entry of the user actions log.
     *
     * @param eventTime   when it was recorded
     * @param userId      whose plan changed
     * @param day         the day concerned
     * @param action      what happened
     * @param description a sentence
     * @param changedBy   a user id, key id, or {@code system}
     * @param reason      why, or null
     */
    public record ChangeLogRow(String eventTime, String userId, String day, String action, String description, String changedBy,
                               String reason) {
    }

    /** @return every person of the organization ({@code /v1/analytics/users}) */
    public RowStream<UserRow> users() {
        return api.rows("/v1/analytics/users", query(), UserRow.class);
    }

    /** @return every location with its levels and zones ({@code /v1/analytics/locations}) */
    public RowStream<LocationRow> locations() {
        return api.rows("/v1/analytics/locations", query(), LocationRow.class);
    }

    /**
     * @param locationId only this location's desks, or null for all
     * @return desks ({@code /v1/analytics/desks})
     */
    public RowStream<DeskRow> desks(String locationId) {
        Map<String, Object> query = query();
        query.put("locationId", locationId);
        return api.rows("/v1/analytics/desks", query, DeskRow.class);
    }

    /**
     * @param first      first day
     * @param last       last day (at most 30 days after {@code first})
     * @param locationId only this location, or null
     * @return one row per person and day ({@code /v1/analytics/user-booking-attendance})
     */
    public RowStream<AttendanceRow> attendance(LocalDate first, LocalDate last, String locationId) {
        Map<String, Object> query = range(first, last);
        query.put("locationId", locationId);
        return api.rows("/v1/analytics/user-booking-attendance", query, AttendanceRow.class);
    }

    /**
     * @param first       first day
     * @param last        last day (at most 30 days after {@code first})
     * @param locationIds only these locations, or null
     * @param userIds     only these people (ids as numbers or strings), or null
     * @return presence events ({@code /v1/analytics/presence})
     */
    public RowStream<PresenceRow> presence(LocalDate first, LocalDate last, Collection<String> locationIds,
                                           Collection<?> userIds) {
        Map<String, Object> query = range(first, last);
        query.put("locationIds", join(locationIds));
        query.put("userIds", join(userIds));
        return api.rows("/v1/analytics/presence", query, PresenceRow.class);
    }

    /**
     * @param first   first day
     * @param last    last day (at most 30 days after {@code first})
     * @param userIds only these people (ids as numbers or strings), or null
     * @return the user actions log ({@code /v1/analytics/change-log/user})
     */
    public RowStream<ChangeLogRow> userChangeLog(LocalDate first, LocalDate last, Collection<?> userIds) {
        Map<String, Object> query = range(first, last);
        query.put("userIds", join(userIds));
        return api.rows("/v1/analytics/change-log/user", query, ChangeLogRow.class);
    }

    private Map<String, Object> query() {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("limit", pageSize);
        return query;
    }

    private Map<String, Object> range(LocalDate first, LocalDate last) {
        Map<String, Object> query = query();
        query.put("startDate", first.toString());
        query.put("endDate", last.toString());
        return query;
    }

    private static String join(Collection<?> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        return String.join(",", values.stream().map(String::valueOf).toList());
    }
}
