package com.workgate.warehouse.analytics.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.workgate.auth.platform.control.ApiException;
import org.junit.jupiter.api.Test;

class GroupQueriesTest {

    private static String[] roundTrip(String sortType, String groupId) {
        String cursor = Paging.cursorFor(GroupQueries.cursorKey(sortType, groupId));
        return GroupQueries.afterKey(Paging.parse("10", cursor));
    }

    @Test
    void theCursorCarriesTypeAndNameWhateverCharactersTheyHold() {
        assertArrayEquals(new String[]{"department", "Sales"}, roundTrip("department", "Sales"));
        assertArrayEquals(new String[]{"", "Finance"}, roundTrip("", "Finance"));
        assertArrayEquals(new String[]{"a:b", "3:x:y"}, roundTrip("a:b", "3:x:y"));
        assertArrayEquals(new String[]{"team", ""}, roundTrip("team", ""));
    }

    @Test
    void noCursorMeansFromTheStart() {
        assertNull(GroupQueries.afterKey(Paging.parse("10", null)));
    }

    @Test
    void aCursorOfAnotherShapeIsA400() {
        for (String foreign : new String[]{"42", "x:abc", "99:short", "-1:abc"}) {
            ApiException refused = assertThrows(ApiException.class,
                    () -> GroupQueries.afterKey(Paging.parse("10", Paging.cursorFor(foreign))), foreign);
            assertEquals(400, refused.status());
        }
    }
}
