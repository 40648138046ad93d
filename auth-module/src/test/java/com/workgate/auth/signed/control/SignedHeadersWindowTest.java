package com.workgate.auth.signed.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/** The ±300 s window of {@code API-Timestamp}, both edges inside, with the server's clock pinned mid-second. */
class SignedHeadersWindowTest {

    private static final Instant SECOND = Instant.parse("2026-11-30T12:00:00Z");

    private static SignedHeadersScheme schemeAt(Instant now) {
        SignedHeadersScheme scheme = new SignedHeadersScheme();
        scheme.clock = Clock.fixed(now, ZoneOffset.UTC);
        scheme.windowSeconds = 300;
        return scheme;
    }

    @Test
    void unixSecondsAtBothEdgesAreFreshAndOneSecondPastIsNot() {
        SignedHeadersScheme scheme = schemeAt(SECOND.plusMillis(730));
        long now = SECOND.getEpochSecond();
        assertTrue(scheme.isFresh(String.valueOf(now - 300)));
        assertTrue(scheme.isFresh(String.valueOf(now + 300)));
        assertFalse(scheme.isFresh(String.valueOf(now - 301)));
        assertFalse(scheme.isFresh(String.valueOf(now + 301)));
    }

    @Test
    void isoAndRfc1123AtThePastEdgeAreFresh() {
        SignedHeadersScheme scheme = schemeAt(SECOND.plusMillis(10));
        Instant edge = SECOND.minusSeconds(300);
        assertTrue(scheme.isFresh(DateTimeFormatter.ISO_INSTANT.format(edge)));
        assertTrue(scheme.isFresh(DateTimeFormatter.RFC_1123_DATE_TIME.format(edge.atOffset(ZoneOffset.UTC))));
        assertFalse(scheme.isFresh(DateTimeFormatter.ISO_INSTANT.format(edge.minusSeconds(1))));
    }
}
