package com.workgate.auth.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JsonFieldsTest {

    @Test
    void aValueUpToItsColumnPassesOneLongerIsA400NamingTheField() {
        assertEquals("x".repeat(200), JsonFields.limit("x".repeat(200), "name", 200));
        assertNull(JsonFields.limit(null, "name", 200));
        ApiException tooLong = assertThrows(ApiException.class, () -> JsonFields.limit("x".repeat(201), "name", 200));
        assertEquals(400, tooLong.status());
        assertEquals("name: is longer than 200 characters", tooLong.getMessage());
    }

    @Test
    void countriesAreIso3166Alpha2Codes() {
        assertTrue(JsonFields.isCountryCode("PL"));
        assertTrue(JsonFields.isCountryCode("DE"));
        assertFalse(JsonFields.isCountryCode("ZZ"));
        assertFalse(JsonFields.isCountryCode("XX"));
        assertFalse(JsonFields.isCountryCode("pl"), "callers upper-case first");
        assertFalse(JsonFields.isCountryCode("POL"));
        assertFalse(JsonFields.isCountryCode(null));
    }

    @Test
    void anEmailAddressHasALocalPartAndADomainWithADot() {
        assertTrue(JsonFields.isEmailAddress("vi@example.com"));
        assertTrue(JsonFields.isEmailAddress("first.last+tag@mail.example.co.uk"));
        for (String bad : new String[]{"not an address", "vi@", "@example.com", "vi@example", "vi@@example.com",
                "vi @example.com", "vi@example..com", "vi@.example.com", ""}) {
            assertFalse(JsonFields.isEmailAddress(bad), bad);
        }
    }

    @Test
    void aNulCharacterIsFoundAnywhereInAText() {
        assertTrue(JsonFields.hasNul("a\u0000b"));
        assertTrue(JsonFields.hasNul("\u0000"));
        assertFalse(JsonFields.hasNul("a\\u0000b"), "an escaped backslash is text");
        assertFalse(JsonFields.hasNul(null));
    }
}
