package com.workgate.timeclock.offtime.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.workgate.timeclock.common.control.Change;
import com.workgate.auth.platform.control.ApiException.FieldError;
import com.workgate.timeclock.common.control.FieldValidationException;
import java.time.LocalDate;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** An off-time write read from a body, with the original's messages and order. */
class OffTimeWriteTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate MON = LocalDate.of(2026, 11, 23);

    private static OffTimeWrite read(Function<com.fasterxml.jackson.databind.JsonNode, OffTimeWrite> reader, String json) {
        try {
            return reader.apply(JSON.readTree(json.replace('\'', '"')));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    private static FieldError refusedNew(String json) {
        return assertThrows(FieldValidationException.class, () -> read(OffTimeWrite::readNew, json)).error();
    }

    private static FieldError refusedChange(String json) {
        return assertThrows(FieldValidationException.class, () -> read(OffTimeWrite::readChange, json)).error();
    }

    @Test
    void aNewOffTimeNamesItsDaysAndMayLeaveTheRestOut() {
        assertEquals(new OffTimeWrite(Change.to(MON), Change.to(MON.plusDays(2)), Change.keep(), Change.keep()),
                read(OffTimeWrite::readNew, "{'startAt': '2026-11-23', 'endAt': '2026-11-25'}"));
        assertEquals(new OffTimeWrite(Change.to(MON), Change.to(MON), Change.to("Dentist"), Change.to(1)),
                read(OffTimeWrite::readNew, "{'startAt': '2026-11-23', 'endAt': '2026-11-23', 'note': 'Dentist', 'type': '1'}"));
    }

    @Test
    void aNewOffTimeNeedsBothDaysStartFirst() {
        assertEquals(new FieldError("startAt", "Start At cannot be blank."), refusedNew("{}"));
        assertEquals(new FieldError("startAt", "Start At cannot be blank."), refusedNew("{'startAt': '', 'endAt': '2026-11-23'}"));
        assertEquals(new FieldError("endAt", "End At cannot be blank."), refusedNew("{'startAt': '2026-11-23'}"));
    }

    @Test
    void bothDaysAreParsedBeforeEitherIsFoundBlank() {
        assertEquals(new FieldError("endAt", "The format of End At is invalid."), refusedNew("{'endAt': '23.11.2026'}"));
        assertEquals(new FieldError("startAt", "Start At cannot be blank."), refusedNew("{'endAt': '2026-11-23', 'note': 5}"),
                "blank days before a bad note");
    }

    @Test
    void daysAreDatesInTheBounds() {
        assertEquals(new FieldError("startAt", "The format of Start At is invalid."), refusedChange("{'startAt': '2026-02-30'}"));
        assertEquals(new FieldError("startAt", "Start At must be a date between 2000-01-01 and 2099-12-31."),
                refusedChange("{'startAt': '1999-12-31'}"));
        assertEquals(new FieldError("endAt", "End At must be a string."), refusedChange("{'endAt': 20261123}"));
    }

    @Test
    void aChangeKeepsWhatItLeavesOutButMayNotBlankADay() {
        assertEquals(new OffTimeWrite(Change.keep(), Change.keep(), Change.keep(), Change.keep()),
                read(OffTimeWrite::readChange, "{}"));
        assertEquals(new OffTimeWrite(Change.keep(), Change.keep(), Change.to(null), Change.keep()),
                read(OffTimeWrite::readChange, "{'note': null}"));
        assertEquals(new FieldError("endAt", "End At cannot be blank."), refusedChange("{'endAt': null}"));
    }

    @Test
    void theTypeIsShortOrVacation() {
        assertEquals(Change.to(0), read(OffTimeWrite::readChange, "{'type': 0}").type());
        assertEquals(new FieldError("type", "Type is invalid."), refusedChange("{'type': 2}"));
        assertEquals(new FieldError("type", "Type is invalid."), refusedChange("{'type': null}"));
        assertEquals(new FieldError("type", "Type must be an integer."), refusedChange("{'type': 'vacation'}"));
    }

    @Test
    void theNoteFitsItsColumn() {
        assertEquals(new FieldError("note", "Note must be a string."), refusedChange("{'note': ['a'], 'type': 7}"));
        assertEquals("note", refusedChange("{'note': '" + "n".repeat(100_000) + "'}").field());
    }
}
