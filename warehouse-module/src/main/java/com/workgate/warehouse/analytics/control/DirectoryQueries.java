package com.workgate.warehouse.analytics.control;

import static com.workgate.warehouse.analytics.control.WarehouseDatabase.nullableId;
import static com.workgate.warehouse.analytics.control.WarehouseDatabase.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Warehouse reads of the directory and the places: users, locations with their levels and zones, desks; through
 * the views auth and events publish (docs/module-contracts.md).
 */
@ApplicationScoped
public class DirectoryQueries {

    @Inject
    WarehouseDatabase database;

    /**
     * People with their directory attributes ({@code department}, {@code costCenter}, ...; view
     * {@code auth_user_attribute}), from one query ordered by person.
     */
    public void users(long organizationId, Paging paging, RowSink sink) throws IOException {
        long[] after = paging.afterNumbers(1);
        List<Object> parameters = List.of(organizationId, after == null ? 0L : after[0]);
        database.withConnection(connection -> {
            Map<String, Object>[] current = new Map[1];
            long[] currentId = {-1};
            boolean[] more = {true};
            query(connection, """
                    select p.user_id, p.user_name, p.email, p.first_name, p.last_name, p.status, p.primary_group_id,
                           p.primary_location_id, p.onboarded, a.name, a.attribute_value
                    from auth_current_person p
                    left join auth_user_attribute a on a.user_id = p.user_id
                    where p.organization_id = ? and p.user_id > ?
                    order by p.user_id, a.name""", parameters, 0, row -> {
                long id = row.getLong(1);
                if (id != currentId[0]) {
                    if (current[0] != null && !sink.accept(String.valueOf(currentId[0]), current[0])) {
                        more[0] = false;
                        return false;
                    }
                    currentId[0] = id;
                    Map<String, Object> user = new LinkedHashMap<>();
                    user.put("userId", String.valueOf(id));
                    user.put("userName", row.getString(2));
                    user.put("email", row.getString(3));
                    user.put("firstName", row.getString(4));
                    user.put("lastName", row.getString(5));
                    user.put("onboarded", row.getBoolean(9));
                    user.put("primaryGroupId", row.getString(7));
                    user.put("primaryLocationId", row.getString(8));
                    user.put("status", row.getString(6));
                    user.put("attributes", new LinkedHashMap<String, String>());
                    current[0] = user;
                }
                if (row.getString(10) != null) {
                    @SuppressWarnings("unchecked")
                    Map<String, String> attributes = (Map<String, String>) current[0].get("attributes");
                    attributes.put(row.getString(10), row.getString(11));
                }
                return true;
            });
            if (more[0] && current[0] != null) {
                sink.accept(String.valueOf(currentId[0]), current[0]);
            }
        });
    }

    /** Locations with their levels and zones that are not archived, from one query ordered by location. */
    public void locations(long organizationId, Paging paging, RowSink sink) throws IOException {
        long[] after = paging.afterNumbers(1);
        List<Object> parameters = List.of(organizationId, after == null ? 0L : after[0]);
        database.withConnection(connection -> {
            Map<String, Object>[] current = new Map[1];
            long[] currentId = {-1};
            boolean[] more = {true};
            query(connection, """
                    select location_pk, location_id, location_name, address, status, level_id, level_name, zone_id,
                           zone_name
                    from events_location_tree
                    where organization_id = ? and location_pk > ?
                    order by location_pk, level_id, zone_id""", parameters, 0, row -> {
                long id = row.getLong(1);
                if (id != currentId[0]) {
                    if (current[0] != null && !sink.accept(String.valueOf(currentId[0]), current[0])) {
                        more[0] = false;
                        return false;
                    }
                    currentId[0] = id;
                    current[0] = new LinkedHashMap<>();
                    current[0].put("locationId", row.getString(2));
                    current[0].put("locationName", row.getString(3));
                    current[0].put("address", row.getString(4));
                    current[0].put("status", row.getString(5));
                    current[0].put("levels", new ArrayList<Map<String, Object>>());
                }
                String levelId = row.getString(6);
                if (levelId != null) {
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> levels = (List<Map<String, Object>>) current[0].get("levels");
                    Map<String, Object> level = levels.isEmpty() ? null : levels.get(levels.size() - 1);
                    if (level == null || !levelId.equals(level.get("levelId"))) {
                        level = new LinkedHashMap<>();
                        level.put("levelId", levelId);
                        level.put("levelName", row.getString(7));
                        level.put("zones", new ArrayList<Map<String, Object>>());
                        levels.add(level);
                    }
                    if (row.getString(8) != null) {
                        @SuppressWarnings("unchecked")
                        List<Map<String, Object>> zones = (List<Map<String, Object>>) level.get("zones");
                        zones.add(Map.of("zoneId", row.getString(8), "zoneName", row.getString(9)));
                    }
                }
                return true;
            });
            if (more[0] && current[0] != null) {
                sink.accept(String.valueOf(currentId[0]), current[0]);
            }
        });
    }

    public void desks(long organizationId, String locationId, Paging paging, RowSink sink) throws IOException {
        long[] after = paging.afterNumbers(1);
        List<Object> parameters = new ArrayList<>(List.of(organizationId, after == null ? 0L : after[0]));
        String byLocation = "";
        if (locationId != null && !locationId.isBlank()) {
            byLocation = " and location_id = ?";
            parameters.add(locationId);
        }
        String sql = """
                select place_pk, place_id, name, location_id, level_id, level_name, zone_id, zone_name, archived,
                       assigned_user_id
                from events_place
                where organization_id = ? and kind = 'desk' and place_pk > ?""" + byLocation + " order by place_pk";
        database.withConnection(connection -> query(connection, sql, parameters, limitPlusOne(paging), row -> {
            Map<String, Object> desk = new LinkedHashMap<>();
            desk.put("deskId", row.getString(2));
            desk.put("deskName", row.getString(3));
            desk.put("locationId", row.getString(4));
            desk.put("levelId", row.getString(5));
            desk.put("levelName", row.getString(6));
            desk.put("zoneId", row.getString(7));
            desk.put("zoneName", row.getString(8));
            desk.put("status", row.getBoolean(9) ? "archived" : "active");
            desk.put("assignedUserId", nullableId(row, 10));
            return sink.accept(String.valueOf(row.getLong(1)), desk);
        }));
    }

    static int limitPlusOne(Paging paging) {
        return paging.paged() ? paging.limit() + 1 : 0;
    }
}
