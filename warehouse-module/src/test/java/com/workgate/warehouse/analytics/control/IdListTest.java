package com.workgate.warehouse.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.workgate.auth.platform.control.ApiException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code userIds} filters: ids are strings on the wire, and one that is no id of ours matches nobody. */
class IdListTest {

    @Test
    void numericIdsAreOursAndOthersNameNobody() {
        assertEquals(List.of(1L, 22L), IdList.numbers("1, 22", "userIds"));
        assertEquals(List.of(1L, IdList.NO_SUCH_ID), IdList.numbers("1,x", "userIds"));
        assertEquals(List.of(IdList.NO_SUCH_ID), IdList.numbers("3a2b0fd7-5f5a-4472-ab61-a2cc1784d38b", "userIds"),
                "a filter of only unknown ids still filters: it matches no row, not every row");
        assertEquals(List.of(), IdList.numbers(" , ", "userIds"));
    }

    @Test
    void theCountIsBounded() {
        String many = String.join(",", java.util.Collections.nCopies(IdList.MAX_IDS + 1, "7"));
        assertEquals(400, assertThrows(ApiException.class, () -> IdList.numbers(many, "userIds")).status());
    }
}
