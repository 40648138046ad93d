package com.workgate.timeclock.profile.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.workgate.auth.platform.control.ApiException.FieldError;
import com.workgate.timeclock.common.control.FieldValidationException;
import com.workgate.timeclock.holiday.control.HolidayFetch;
import org.junit.jupiter.api.Test;

/** The profile change and the holiday fetch read from a body, with the original's messages. */
class ProfileChangeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ProfileChange read(String json) throws Exception {
        return ProfileChange.read(JSON.readTree(json.replace('\'', '"')));
    }

    private static FieldError refused(String json) {
        return assertThrows(FieldValidationException.class, () -> read(json)).error();
    }

    private static FieldError refusedFetch(String json) {
        return assertThrows(FieldValidationException.class,
                () -> HolidayFetch.read(JSON.readTree(json.replace('\'', '"')))).error();
    }

    @Test
    void nothingGivenChangesNothing() throws Exception {
        assertEquals(new ProfileChange(null, null, null), read("{}"));
        assertEquals(new ProfileChange("Ann Lee", "+48 1", 0L), read("{'name': 'Ann Lee', 'phone': '+48 1', 'projectId': '0'}"));
    }

    @Test
    void aGivenNameCannotBeBlank() {
        assertEquals(new FieldError("name", "First And Last Name cannot be blank."), refused("{'name': ' '}"));
        assertEquals(new FieldError("name", "First And Last Name cannot be blank."), refused("{'name': null}"));
        assertEquals(new FieldError("name", "First And Last Name should contain at most 255 characters."),
                refused("{'name': '" + "n".repeat(256) + "'}"));
    }

    @Test
    void thePhoneFitsItsColumn() {
        assertEquals(new FieldError("phone", "Phone should contain at most 45 characters."),
                refused("{'phone': '" + "1".repeat(46) + "'}"));
    }

    @Test
    void theProjectIdIsAWholeNumberOfAtLeast0() {
        assertEquals(new FieldError("projectId", "Project ID must be no less than 0."), refused("{'projectId': -1}"));
        assertEquals(new FieldError("projectId", "Project ID must be no less than 0."), refused("{'projectId': null}"));
        assertEquals(new FieldError("projectId", "Project ID must be an integer."), refused("{'projectId': 'p'}"));
        assertEquals("name", refused("{'projectId': -1, 'name': ''}").field(), "name first");
    }

    @Test
    void aHolidayFetchNamesAYearInTheBounds() throws Exception {
        assertEquals(new HolidayFetch(2026, "PL"), HolidayFetch.read(JSON.readTree("{\"year\": \"2026\", \"country\": \"PL\"}")));
        assertEquals(new HolidayFetch(2099, null), HolidayFetch.read(JSON.readTree("{\"year\": 2099}")));
        assertEquals(new FieldError("year", "Year cannot be blank."), refusedFetch("{}"));
        assertEquals(new FieldError("year", "Year must be no less than 2000."), refusedFetch("{'year': 1999}"));
        assertEquals(new FieldError("year", "Year must be no greater than 2099."), refusedFetch("{'year': 2100}"));
        assertEquals(new FieldError("country", "Country should contain at most 2 characters."),
                refusedFetch("{'year': 2026, 'country': 'POL'}"));
    }
}
