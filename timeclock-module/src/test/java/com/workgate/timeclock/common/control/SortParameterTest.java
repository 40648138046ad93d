package com.workgate.timeclock.common.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SortParameterTest {

    private static final Set<String> SORTABLE = Set.of("id", "clockIn", "clockOut", "note");
    private static final List<Order> DEFAULT = List.of(Order.ascending("clockIn"));

    private static List<Order> parse(String raw) {
        return SortParameter.parse(raw, SORTABLE, DEFAULT);
    }

    @Test
    void absentSortUsesTheDefault() {
        assertEquals(DEFAULT, parse(null));
    }

    @Test
    void aNameSortsAscendingAndAMinusDescending() {
        assertEquals(List.of(Order.ascending("note")), parse("note"));
        assertEquals(List.of(Order.descending("id")), parse("-id"));
    }

    @Test
    void aCommaListKeepsItsOrder() {
        assertEquals(List.of(Order.descending("clockOut"), Order.ascending("id")), parse("-clockOut,id"));
    }

    @Test
    void unknownNamesAreIgnored() {
        assertEquals(List.of(Order.ascending("id")), parse("password,id,-userId"));
    }

    @Test
    void nothingUsableFallsBackToTheDefault() {
        assertEquals(DEFAULT, parse("password"));
        assertEquals(DEFAULT, parse(""));
        assertEquals(DEFAULT, parse(",,-"));
    }

    @Test
    void namesAreCaseSensitive() {
        assertEquals(DEFAULT, parse("ID,clockin"));
    }

    @Test
    void aRepeatedNameKeepsItsFirstOccurrence() {
        assertEquals(List.of(Order.ascending("id"), Order.ascending("note")), parse("id,note,-id"));
    }

    @Test
    void spacesAroundNamesAreTolerated() {
        assertEquals(List.of(Order.descending("id"), Order.ascending("note")), parse(" -id , note"));
    }
}
