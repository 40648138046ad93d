package com.workgate.warehouse.analytics.control;

import static com.workgate.warehouse.analytics.control.WarehouseDatabase.query;

import com.workgate.auth.platform.control.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The warehouse read of the organization's groups, through the views auth publishes ({@code auth_directory_group},
 * {@code auth_group_member}; docs/module-contracts.md), ordered by type and name.
 */
@ApplicationScoped
public class GroupQueries {

    @Inject
    WarehouseDatabase database;

    public void groups(long organizationId, Paging paging, RowSink sink) throws IOException {
        List<Object> parameters = new ArrayList<>(List.of(organizationId));
        String after = "";
        String[] cursor = afterKey(paging);
        if (cursor != null) {
            after = " and (g.sort_type > ? or (g.sort_type = ? and g.group_id > ?))";
            parameters.addAll(List.of(cursor[0], cursor[0], cursor[1]));
        }
        String sql = """
                select g.group_id, g.group_type, g.parent_group_id, g.parent_group_type, g.sort_type,
                       (select count(*) from auth_group_member m
                        where m.organization_id = g.organization_id and m.type_key = g.sort_type
                          and m.group_id = g.group_id) as members
                from auth_directory_group g
                where g.organization_id = ?""" + after + " order by g.sort_type, g.group_id";
        database.withConnection(connection -> query(connection, sql, parameters,
                DirectoryQueries.limitPlusOne(paging), row -> {
                    Map<String, Object> group = new LinkedHashMap<>();
                    group.put("groupId", row.getString(1));
                    group.put("groupName", row.getString(1));
                    group.put("groupType", row.getString(2));
                    group.put("parentGroupId", row.getString(3));
                    group.put("parentGroupType", row.getString(4));
                    group.put("memberCount", row.getLong(6));
                    return sink.accept(cursorKey(row.getString(5), row.getString(1)), group);
                }));
    }

    /** The sort key of a row: its type's key, length-prefixed so that any name may follow. */
    static String cursorKey(String sortType, String groupId) {
        return sortType.length() + ":" + sortType + groupId;
    }

    static String[] afterKey(Paging paging) {
        String after = paging.after();
        if (after == null) {
            return null;
        }
        int colon = after.indexOf(':');
        try {
            int length = Integer.parseInt(after.substring(0, colon));
            String sortType = after.substring(colon + 1, colon + 1 + length);
            return new String[]{sortType, after.substring(colon + 1 + length)};
        } catch (RuntimeException e) {
            throw ApiException.badRequest("cursor", "is not a cursor of this endpoint");
        }
    }
}
