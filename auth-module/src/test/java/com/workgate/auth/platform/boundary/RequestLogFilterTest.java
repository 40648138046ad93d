package com.workgate.auth.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestLogFilterTest {

    @Test
    void aPlainClientRequestIdIsKept() {
        assertEquals("order-42.retry:1", RequestLogFilter.requestId("order-42.retry:1"));
        String uuid = UUID.randomUUID().toString();
        assertEquals(uuid, RequestLogFilter.requestId(uuid));
    }

    @Test
    void aMissingOrHostileRequestIdIsReplacedByANewOne() {
        for (String offered : new String[]{null, "", "two words", "line\nbreak", "x".repeat(129), "quote\"d"}) {
            String id = RequestLogFilter.requestId(offered);
            assertNotEquals(offered, id);
            assertEquals(id, UUID.fromString(id).toString(), "a UUID replaces " + offered);
        }
    }
}
