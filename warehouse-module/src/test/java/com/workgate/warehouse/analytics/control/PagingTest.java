package com.workgate.warehouse.analytics.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.workgate.auth.platform.control.ApiException;
import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void aCursorCarriesTheKeyOfTheLastRow() {
        Paging paging = Paging.parse("7", Paging.cursorFor("12:20400"));
        assertEquals(7, paging.limit());
        assertArrayEquals(new long[]{12, 20400}, paging.afterNumbers(2));
    }

    @Test
    void withoutLimitThereIsNoPaging() {
        Paging paging = Paging.parse(null, null);
        assertFalse(paging.paged());
        assertEquals(null, paging.afterNumbers(1));
    }

    @Test
    void limitsAreBounded() {
        assertTrue(Paging.parse("1", null).paged());
        assertEquals(Paging.MAX_LIMIT, Paging.parse(String.valueOf(Paging.MAX_LIMIT), null).limit());
        for (String bad : new String[]{"0", "-3", "10001", "many", "1.5"}) {
            assertTrue(assertThrows(ApiException.class, () -> Paging.parse(bad, null)).getMessage().startsWith("limit"), bad);
        }
    }

    @Test
    void foreignCursorsAreRefused() {
        assertThrows(ApiException.class, () -> Paging.parse("5", "!!not base64!!"));
        assertThrows(ApiException.class, () -> Paging.parse("5", Paging.cursorFor("abc")).afterNumbers(1));
        assertThrows(ApiException.class, () -> Paging.parse("5", Paging.cursorFor("1")).afterNumbers(2));
        assertThrows(ApiException.class, () -> Paging.parse(null, Paging.cursorFor("1")), "a cursor needs a limit");
    }
}
