package com.workgate.warehouse.analytics.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The rows of the warehouse reads, for the OpenAPI document only: the queries stream them as maps. Ids are strings,
 * as Calven documents them (issue #13).
 */
final class WarehouseRows {

    private WarehouseRows() {
    }

    @Schema(name = "WarehouseUser")
    record User(@Schema(description = "Numeric, as a string") String userId, String userName, String email,
                String firstName, String lastName, Boolean onboarded, String primaryGroupId, String primaryLocationId,
                @Schema(enumeration = {"active", "inactive"}) String status) {
    }

    @Schema(name = "WarehouseDesk")
    record Desk(String deskId, String deskName, String locationId, String levelId, String levelName, String zoneId,
                String zoneName, @Schema(enumeration = {"active", "archived"}) String status,
                @Schema(description = "The user it is assigned to (numeric, as a string), or null") String assignedUserId) {
    }

    @Schema(name = "WarehouseAttendance")
    record Attendance(@Schema(description = "Numeric, as a string") String userId, String primaryLocationId,
                      String primaryLocationName, @Schema(description = "ISO date-time, midnight UTC") String day,
                      @Schema(enumeration = {"o", "r", "a"}) String plan, Integer bookingDepth,
                      @Schema(enumeration = {"confirmed", "noShow", "unconfirmed", "walkIn"}) String attendanceType,
                      String bookingLocationId, String bookingLocationName, String bookingLevelId, String bookingLevelName,
                      String bookingZoneId, String bookingZoneName, String bookingPlaceId, String bookingPlaceName,
                      String primaryGroupId) {
    }

    @Schema(name = "WarehousePresence")
    record Presence(String eventId, String sourceId, @Schema(description = "Numeric, as a string") String userId,
                    String email, String timestamp, String locationId, String locationType, String locationName) {
    }

    @Schema(name = "WarehouseChange")
    record Change(String eventTime, @Schema(description = "Numeric, as a string") String userId, String day, String action,
                  String description, @Schema(description = "A user id, an API key id, or system") String changedBy,
                  String reason) {
    }
}
