package com.workgate.timeclock.common.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.workgate.auth.platform.control.ApiException.FieldError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListQueryTest {

    private static final ListDefinition SESSIONS = ListDefinition.of(
            Set.of("id", "clockIn", "clockOut", "createdAt", "updatedAt", "note"), Order.ascending("clockIn"));

    @Test
    void noParametersGivesDefaults() {
        ListQuery query = ListQuery.from(Map.of(), SESSIONS);
        assertEquals(new ListQuery(List.of(), List.of(Order.ascending("clockIn")), 1, 20), query);
        assertEquals(0L, query.offset());
    }

    @Test
    void everyParameterIsRead() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("filter[clockIn][gte]", List.of("1700000000"));
        parameters.put("sort", List.of("-clockIn,unknown,id"));
        parameters.put("page", List.of("3"));
        parameters.put("per-page", List.of("10"));
        parameters.put("expand", List.of("project"));

        ListQuery query = ListQuery.from(parameters, SESSIONS);

        assertEquals(List.of(Filter.of("clockIn", FilterOperator.GTE, "1700000000")), query.filters());
        assertEquals(List.of(Order.descending("clockIn"), Order.ascending("id")), query.orders());
        assertEquals(3, query.page());
        assertEquals(10, query.perPage());
        assertEquals(20L, query.offset());
    }

    @Test
    void theLastOfRepeatedScalarParametersWins() {
        ListQuery query = ListQuery.from(
                Map.of("page", List.of("2", "5"), "per-page", List.of("51", "7"), "sort", List.of("id", "-note")),
                SESSIONS);
        assertEquals(5, query.page());
        assertEquals(7, query.perPage());
        assertEquals(List.of(Order.descending("note")), query.orders());
    }

    @Test
    void pagingIsClampedHere() {
        ListQuery query = ListQuery.from(Map.of("page", List.of("abc"), "per-page", List.of("0")), SESSIONS);
        assertEquals(1, query.page());
        assertEquals(1, query.perPage());
        assertEquals(50, ListQuery.from(Map.of("per-page", List.of("51")), SESSIONS).perPage());
    }

    @Test
    void aPagePastTheEndIsKept() {
        ListQuery query = ListQuery.from(Map.of("page", List.of("999")), SESSIONS);
        assertEquals(999, query.page());
        assertEquals(998L * 20, query.offset());
    }

    @Test
    void theOffsetOfAHugePageDoesNotOverflow() {
        ListQuery query = ListQuery.from(Map.of("page", List.of("2147483647"), "per-page", List.of("50")), SESSIONS);
        assertEquals(2147483646L * 50, query.offset());
    }

    @Test
    void anUnknownFilterAttributeIsAFieldError() {
        FieldValidationException failure = assertThrows(FieldValidationException.class,
                () -> ListQuery.from(Map.of("filter[x]", List.of("1")), SESSIONS));
        assertEquals(new FieldError("filter", "Unknown filter attribute \"x\""), failure.error());
    }

    @Test
    void filterAndSortAttributesMayDiffer() {
        ListDefinition definition = new ListDefinition(Set.of("name"), Set.of("id"), List.of(Order.ascending("id")));
        assertThrows(FieldValidationException.class,
                () -> ListQuery.from(Map.of("filter[id]", List.of("1")), definition));
        assertEquals(List.of(Order.ascending("id")),
                ListQuery.from(Map.of("sort", List.of("name")), definition).orders());
    }

    @Test
    void theRecordRefusesImpossiblePaging() {
        assertThrows(IllegalArgumentException.class, () -> new ListQuery(List.of(), List.of(), 0, 20));
        assertThrows(IllegalArgumentException.class, () -> new ListQuery(List.of(), List.of(), 1, 51));
    }
}
