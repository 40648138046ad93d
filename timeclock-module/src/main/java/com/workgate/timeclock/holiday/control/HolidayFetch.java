package com.workgate.timeclock.holiday.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.auth.platform.control.DateBounds;
import com.workgate.timeclock.common.control.JsonInput;

/** Which year's public holidays to fetch, and for which country (null: the organization's). */
public record HolidayFetch(int year, String country) {

    /** Reads a request body (JSON or form) with the original's messages. */
    public static HolidayFetch read(JsonNode json) {
        JsonNode body = JsonInput.requireObject(json);
        Long year = JsonInput.integer(body, "year", "Year");
        if (year == null) {
            throw JsonInput.invalid("year", "Year cannot be blank.");
        }
        if (year < DateBounds.EARLIEST.getYear()) {
            throw JsonInput.invalid("year", "Year must be no less than " + DateBounds.EARLIEST.getYear() + ".");
        }
        if (year > DateBounds.LATEST.getYear()) {
            throw JsonInput.invalid("year", "Year must be no greater than " + DateBounds.LATEST.getYear() + ".");
        }
        return new HolidayFetch(year.intValue(), JsonInput.string(body, "country", "Country", 2));
    }
}
