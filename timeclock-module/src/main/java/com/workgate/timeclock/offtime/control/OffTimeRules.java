package com.workgate.timeclock.offtime.control;

import com.workgate.auth.platform.control.ApiException.FieldError;
import java.util.Collection;
import java.util.Optional;

/**
 * The TimeClock rules for an off-time's days against the user's other off-times (the caller leaves out the one
 * being updated), checked in the contract's order; the first broken rule is the only one reported.
 * Ends are inclusive days, so ranges that share a day overlap, and an identical range is caught by the first rule.
 * The start-overlap rule comes before the start-after-end rule, as in the contract and the original.
 */
public final class OffTimeRules {

    public static final String START_AT = "startAt";
    public static final String END_AT = "endAt";

    public static final String START_OVERLAPS = "Can not start off-time because it overlaps with another off-time.";
    public static final String END_BEFORE_START = "Off-time ending day can not be earlier than starting day.";
    public static final String END_OVERLAPS = "Can not end off-time because it overlaps with another off-time.";
    public static final String CONTAINS_ANOTHER = "Can not modify off-time because it overlaps with another off-time.";

    private OffTimeRules() {
    }

    public static Optional<FieldError> check(OffTimePeriod offTime, Collection<OffTimePeriod> otherOffTimes) {
        if (otherOffTimes.stream().anyMatch(other -> other.covers(offTime.startAt()))) {
            return error(START_AT, START_OVERLAPS);
        }
        if (offTime.startAt().isAfter(offTime.endAt())) {
            return error(END_AT, END_BEFORE_START);
        }
        if (otherOffTimes.stream().anyMatch(other -> other.covers(offTime.endAt()))) {
            return error(END_AT, END_OVERLAPS);
        }
        if (otherOffTimes.stream().anyMatch(other -> offTime.covers(other.startAt()) && offTime.covers(other.endAt()))) {
            return error(END_AT, CONTAINS_ANOTHER);
        }
        return Optional.empty();
    }

    private static Optional<FieldError> error(String field, String message) {
        return Optional.of(new FieldError(field, message));
    }
}
