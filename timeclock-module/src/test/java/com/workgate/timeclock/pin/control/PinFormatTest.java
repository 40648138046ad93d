package com.workgate.timeclock.pin.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.workgate.auth.platform.control.ApiException.FieldError;
import com.workgate.timeclock.pin.control.PinFormat.PinParts;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PinFormatTest {

    private static final FieldError BLANK = new FieldError("pin", "Pin cannot be blank.");
    private static final FieldError NOT_A_NUMBER = new FieldError("pin", "Pin must be a number.");

    @ParameterizedTest(name = "blank: \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void blankPins(String pin) {
        assertEquals(Optional.of(BLANK), PinFormat.validate(pin));
        assertEquals(Optional.empty(), PinFormat.split(pin));
    }

    @ParameterizedTest(name = "not a number: \"{0}\"")
    @ValueSource(strings = {"12a4", "abcd", "-1054", "+1054", "10.54", "1e54", "10 54", "\uff11\uff10\uff15\uff14"})
    void nonDigitPins(String pin) {
        assertEquals(Optional.of(NOT_A_NUMBER), PinFormat.validate(pin));
        assertEquals(Optional.empty(), PinFormat.split(pin));
    }

    @ParameterizedTest(name = "well-formed: \"{0}\"")
    @ValueSource(strings = {"1054", "1", "999", " 1054 ", "0000"})
    void digitPinsAreWellFormed(String pin) {
        assertEquals(Optional.empty(), PinFormat.validate(pin));
    }

    @Test
    void splitsOffTheLastThreeDigits() {
        assertEquals(Optional.of(new PinParts(1, "054")), PinFormat.split("1054"));
        assertEquals(Optional.of(new PinParts(123, "456")), PinFormat.split("123456"));
        assertEquals(Optional.of(new PinParts(1, "000")), PinFormat.split("1000"));
        assertEquals(Optional.of(new PinParts(12, "345")), PinFormat.split(" 12345 "));
    }

    @Test
    void leadingZerosOfTheIdAreNotSignificant() {
        assertEquals(Optional.of(new PinParts(1, "054")), PinFormat.split("001054"));
    }

    @ParameterizedTest(name = "names no user: \"{0}\"")
    @ValueSource(strings = {"1", "12", "999", "0054", "0000", "99999999999999999999123"})
    void pinsThatCannotNameAUser(String pin) {
        assertEquals(Optional.empty(), PinFormat.split(pin));
    }

    @Test
    void composeIsTheInverseOfSplit() {
        assertEquals("1054", PinFormat.compose(1, 54));
        assertEquals("12007", PinFormat.compose(12, 7));
        assertEquals("42999", PinFormat.compose(42, 999));
        assertEquals(Optional.of(new PinParts(987654321L, "000")), PinFormat.split(PinFormat.compose(987654321L, 0)));
    }

    @Test
    void composeRefusesWhatCannotBeAPin() {
        assertThrows(IllegalArgumentException.class, () -> PinFormat.compose(0, 1));
        assertThrows(IllegalArgumentException.class, () -> PinFormat.compose(1, -1));
        assertThrows(IllegalArgumentException.class, () -> PinFormat.compose(1, 1000));
    }

    @Test
    void theSuffixStaysOutOfToString() {
        String text = new PinParts(1, "054").toString();
        assertFalse(text.contains("054"), text);
        assertEquals("PinParts[userId=1, suffix=***]", text);
    }
}
