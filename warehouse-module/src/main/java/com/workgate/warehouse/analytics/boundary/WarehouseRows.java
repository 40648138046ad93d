package com.workgate.warehouse.analytics.boundary;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The rows of the warehouse reads as the OpenAPI document describes them. The queries write their rows field by
 * field into a stream (constant memory), so no Java type carries them; these records only describe them, and the
 * integration tests' validation of every answer against the document keeps the two in step. User ids are strings,
 * as Calven documents them (issue #13).
 */
final class WarehouseRows {

    private WarehouseRows() {
    }

    @Schema(name = "WarehouseUser")
    record UserRow(@Schema(description = "Numeric, as a string, as Calven documents ids") String userId, @Schema(nullable = true) String userName, @Schema(nullable = true) String email,
                   @Schema(nullable = true) String firstName, @Schema(nullable = true) String lastName, boolean onboarded,
                   @Schema(nullable = true) String primaryGroupId, @Schema(nullable = true) String primaryLocationId,
                   @Schema(enumeration = {"active", "inactive"}) String status,
                   @Schema(description = "The person's directory attributes (department, costCenter, ...)")
                   Map<String, String> attributes) {
    }

    @Schema(name = "WarehouseGroup")
    record GroupRow(String groupId, String groupName, String groupType, @Schema(nullable = true) String parentGroupId,
                    @Schema(nullable = true) String parentGroupType, long memberCount) {
    }

    @Schema(name = "WarehouseZone")
    record ZoneRow(String zoneId, @Schema(nullable = true) String zoneName) {
    }

    @Schema(name = "WarehouseLevel")
    record LevelRow(String levelId, @Schema(nullable = true) String levelName, List<ZoneRow> zones) {
    }

    @Schema(name = "WarehouseLocation")
    record LocationRow(String locationId, @Schema(nullable = true) String locationName,
                       @Schema(nullable = true) String address, @Schema(nullable = true) String status,
                       List<LevelRow> levels) {
    }

    @Schema(name = "WarehouseDesk")
    record DeskRow(String deskId, @Schema(nullable = true) String deskName, String locationId,
                   @Schema(nullable = true) String levelId, @Schema(nullable = true) String levelName,
                   @Schema(nullable = true) String zoneId, @Schema(nullable = true) String zoneName, String status,
                   @Schema(nullable = true, description = "The user it is assigned to, numeric, as a string")
                   String assignedUserId) {
    }

    @Schema(name = "WarehouseAttendance")
    record AttendanceRow(@Schema(description = "Numeric, as a string, as Calven documents ids") String userId, @Schema(nullable = true) String primaryLocationId,
                         @Schema(nullable = true) String primaryLocationName,
                         @Schema(description = "the day, as midnight UTC", format = "date-time") String day,
                         @Schema(description = "o office, r remote, a away") String plan,
                         @Schema(nullable = true, description = "1 location, 2 zone, 3 place") Integer bookingDepth,
                         @Schema(nullable = true, description = "confirmed, noShow, unconfirmed, walkIn") String attendanceType,
                         @Schema(nullable = true) String bookingLocationId, @Schema(nullable = true) String bookingLocationName,
                         @Schema(nullable = true) String bookingLevelId, @Schema(nullable = true) String bookingLevelName,
                         @Schema(nullable = true) String bookingZoneId, @Schema(nullable = true) String bookingZoneName,
                         @Schema(nullable = true) String bookingPlaceId, @Schema(nullable = true) String bookingPlaceName,
                         @Schema(nullable = true) String primaryGroupId) {
    }

    @Schema(name = "WarehousePresence")
    record PresenceRow(String eventId, String sourceId, @Schema(description = "Numeric, as a string, as Calven documents ids") String userId, @Schema(nullable = true) String email,
                       @Schema(format = "date-time") String timestamp, String locationId, String locationType,
                       @Schema(nullable = true) String locationName) {
    }

    @Schema(name = "WarehouseChange")
    record ChangeRow(@Schema(format = "date-time") String eventTime, @Schema(description = "Numeric, as a string, as Calven documents ids") String userId,
                     @Schema(nullable = true, format = "date") String day, String action,
                     @Schema(nullable = true) String description, @Schema(nullable = true) String changedBy,
                     @Schema(nullable = true) String reason) {
    }
}
