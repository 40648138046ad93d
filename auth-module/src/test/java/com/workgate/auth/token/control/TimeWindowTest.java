package com.workgate.auth.token.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeWindowTest {

    private static final Instant NOW = Instant.parse("2024-05-17T10:15:30Z");

    @Test
    void fiveMinuteWindowIsInclusiveInThePastAndTheFuture() {
        TimeWindow window = TimeWindow.ofSeconds(300);
        assertTrue(window.contains(NOW, NOW));
        assertTrue(window.contains(NOW, NOW.minusSeconds(300)));
        assertTrue(window.contains(NOW, NOW.plusSeconds(300)));
        assertFalse(window.contains(NOW, NOW.minusSeconds(301)));
        assertFalse(window.contains(NOW, NOW.plusSeconds(301)));
    }

    @Test
    void oneMinuteWindow() {
        TimeWindow window = TimeWindow.ofSeconds(60);
        assertTrue(window.contains(NOW, NOW.minusSeconds(60)));
        assertTrue(window.contains(NOW, NOW.plusSeconds(60)));
        assertFalse(window.contains(NOW, NOW.minusSeconds(61)));
        assertFalse(window.contains(NOW, NOW.plusSeconds(61)));
    }

    /** A server's clock is almost never on a whole second; the whole-second timestamps must not pay for that. */
    @Test
    void bothEdgesAreInsideWhateverTheFractionOfTheServersSecond() {
        TimeWindow window = TimeWindow.ofSeconds(300);
        for (long millis : new long[]{1, 500, 999}) {
            Instant now = NOW.plusMillis(millis);
            assertTrue(window.contains(now, NOW.minusSeconds(300)), "-300 at ." + millis);
            assertTrue(window.contains(now, NOW.plusSeconds(300)), "+300 at ." + millis);
            assertFalse(window.contains(now, NOW.minusSeconds(301)), "-301 at ." + millis);
            assertFalse(window.contains(now, NOW.plusSeconds(301)), "+301 at ." + millis);
        }
    }
}
