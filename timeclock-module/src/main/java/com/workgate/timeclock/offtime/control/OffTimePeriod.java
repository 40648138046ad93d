package com.workgate.timeclock.offtime.control;

import java.time.LocalDate;
import java.util.Objects;

/** The days of an off-time, both ends included. The start may lie after the end: that is a rule to report. */
public record OffTimePeriod(LocalDate startAt, LocalDate endAt) {

    public OffTimePeriod {
        Objects.requireNonNull(startAt, "startAt");
        Objects.requireNonNull(endAt, "endAt");
    }

    public static OffTimePeriod of(String startAt, String endAt) {
        return new OffTimePeriod(LocalDate.parse(startAt), LocalDate.parse(endAt));
    }

    /** Whether the day falls within this period, ends included. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(startAt) && !day.isAfter(endAt);
    }
}
