package com.workgate.warehouse.analytics.control;

import static com.workgate.warehouse.analytics.control.DirectoryQueries.limitPlusOne;
import static com.workgate.warehouse.analytics.control.WarehouseDatabase.date;
import static com.workgate.warehouse.analytics.control.WarehouseDatabase.instant;
import static com.workgate.warehouse.analytics.control.WarehouseDatabase.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Warehouse reads of what happened: presence events and the user actions log, in a date range; through the views
 * auth and events publish (docs/module-contracts.md).
 */
@ApplicationScoped
public class ActivityQueries {

    @Inject
    WarehouseDatabase database;

    public void presence(long organizationId, DateRange range, List<String> locationIds, List<Long> userIds, Paging paging,
                         RowSink sink) throws IOException {
        long[] after = paging.afterNumbers(1);
        List<Object> parameters = new ArrayList<>(List.of(organizationId, range.from(), range.until(),
                after == null ? 0L : after[0]));
        StringBuilder sql = new StringBuilder("""
                select e.presence_pk, e.event_id, e.source_id, e.user_id, u.email, e.occurred_at, e.location_ref,
                       e.location_type, e.location_ref_name
                from events_presence e left join auth_current_person u on u.user_id = e.user_id
                where e.organization_id = ? and e.occurred_at >= ? and e.occurred_at < ? and e.presence_pk > ?""");
        if (!locationIds.isEmpty()) {
            sql.append(" and e.location_id in (").append(IdList.placeholders(locationIds.size())).append(')');
            parameters.addAll(locationIds);
        }
        if (!userIds.isEmpty()) {
            sql.append(" and e.user_id in (").append(IdList.placeholders(userIds.size())).append(')');
            parameters.addAll(userIds);
        }
        sql.append(" order by e.presence_pk");
        database.withConnection(connection -> query(connection, sql.toString(), parameters, limitPlusOne(paging), row -> {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("eventId", row.getString(2));
            event.put("sourceId", row.getString(3));
            event.put("userId", String.valueOf(row.getLong(4)));
            event.put("email", row.getString(5));
            event.put("timestamp", instant(row, 6).toString());
            event.put("locationId", row.getString(7));
            event.put("locationType", row.getString(8));
            event.put("locationName", row.getString(9));
            return sink.accept(String.valueOf(row.getLong(1)), event);
        }));
    }

    public void userChangeLog(long organizationId, DateRange range, List<Long> userIds, Paging paging, RowSink sink)
            throws IOException {
        long[] after = paging.afterNumbers(1);
        List<Object> parameters = new ArrayList<>(List.of(organizationId, range.from(), range.until(),
                after == null ? 0L : after[0]));
        StringBuilder sql = new StringBuilder("""
                select action_pk, event_time, user_id, on_day, action, description, changed_by, reason
                from events_user_action
                where organization_id = ? and event_time >= ? and event_time < ? and action_pk > ?""");
        if (!userIds.isEmpty()) {
            sql.append(" and user_id in (").append(IdList.placeholders(userIds.size())).append(')');
            parameters.addAll(userIds);
        }
        sql.append(" order by action_pk");
        database.withConnection(connection -> query(connection, sql.toString(), parameters, limitPlusOne(paging), row -> {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("eventTime", instant(row, 2).toString());
            change.put("userId", String.valueOf(row.getLong(3)));
            LocalDate day = date(row, 4);
            change.put("day", day == null ? null : day.toString());
            change.put("action", row.getString(5));
            change.put("description", row.getString(6));
            change.put("changedBy", row.getString(7));
            change.put("reason", row.getString(8));
            return sink.accept(String.valueOf(row.getLong(1)), change);
        }));
    }
}
