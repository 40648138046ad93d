package com.workgate.timeclock.common.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PagingParametersTest {

    @Test
    void absentParametersTakeTheirDefaults() {
        assertEquals(1, PagingParameters.page(null));
        assertEquals(20, PagingParameters.perPage(null));
    }

    @ParameterizedTest(name = "page \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
        "1|1", "2|2", "17|17", "0|1", "-3|1", "abc|1", "''|1", "2.5|1", "' 3 '|3", "+4|4",
        "99999999999999999999|2147483647"})
    void page(String raw, int expected) {
        assertEquals(expected, PagingParameters.page(raw));
    }

    @ParameterizedTest(name = "per-page \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
        "20|20", "1|1", "50|50", "7|7", "0|1", "-5|1", "51|50", "1000|50", "abc|1", "''|1",
        "99999999999999999999|50", "-99999999999999999999|1"})
    void perPageIsClampedToOneToFiftyAndGarbageCountsAsZero(String raw, int expected) {
        assertEquals(expected, PagingParameters.perPage(raw));
    }
}
