package com.workgate.auth.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WholeNumbersTest {

    @Test
    void anIdIsUpTo18AsciiDigits() {
        assertEquals(Optional.of(0L), WholeNumbers.id("0"));
        assertEquals(Optional.of(42L), WholeNumbers.id("042"));
        assertEquals(Optional.of(999_999_999_999_999_999L), WholeNumbers.id("999999999999999999"));
    }

    @Test
    void anythingElseIsNoId() {
        for (String text : new String[]{"", " 1", "1 ", "-1", "+1", "1.0", "1e3", "0x1F", "1234567890123456789",
                "9223372036854775807", "١٢", "１２", "ABC123HGbghdhdI"}) {
            assertEquals(Optional.empty(), WholeNumbers.id(text), text);
        }
        assertEquals(Optional.empty(), WholeNumbers.id(null));
    }

    @Test
    void aSignedNumberMayStartWithAMinus() {
        assertEquals(Optional.of(-1L), WholeNumbers.signed("-1"));
        assertEquals(Optional.of(1_700_000_000L), WholeNumbers.signed("1700000000"));
        assertEquals(Optional.of(-999_999_999_999_999_999L), WholeNumbers.signed("-999999999999999999"));
    }

    @Test
    void aSignedNumberIsNoMoreLenient() {
        for (String text : new String[]{"", "-", "--1", "+1", " -1", "1-", "-1234567890123456789", "1.5"}) {
            assertEquals(Optional.empty(), WholeNumbers.signed(text), text);
        }
        assertEquals(Optional.empty(), WholeNumbers.signed(null));
    }
}
