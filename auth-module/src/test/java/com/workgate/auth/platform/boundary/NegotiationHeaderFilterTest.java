package com.workgate.auth.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NegotiationHeaderFilterTest {

    @Test
    void qualitiesThatAreNumbersFromZeroToOnePass() {
        for (String header : new String[]{"application/json", "text/html;q=0.5, application/json", "*/*; q=1",
                "en-GB,en;q=0.8,pl;q=0", "application/json;charset=utf-8", "text/plain; q=\"0.3\""}) {
            assertTrue(NegotiationHeaderFilter.qualitiesParse(header), header);
        }
    }

    @Test
    void qualitiesThatResteasyCannotReadAreRefused() {
        for (String header : new String[]{"text/html;q=abc", "application/json, text/html;q=", "en;q=abc", "*/*;q=2",
                "*/*;q=-1", "*/*;q=NaN"}) {
            assertFalse(NegotiationHeaderFilter.qualitiesParse(header), header);
        }
    }
}
