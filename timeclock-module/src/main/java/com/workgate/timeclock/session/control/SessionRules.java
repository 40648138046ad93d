package com.workgate.timeclock.session.control;

import com.workgate.auth.platform.control.DateBounds;
import com.workgate.auth.platform.control.ApiException.FieldError;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The TimeClock rules for a work session's times, checked in the contract's order; the first broken rule is the
 * only one reported. Only ended sessions of the user can conflict; open ones in {@code otherSessions} are skipped,
 * and the caller leaves the session being updated out of that collection.
 * An open candidate ({@code clockOut == null}) is checked by rule 2 only.
 */
public final class SessionRules {

    public static final String CLOCK_IN = "clockIn";
    public static final String CLOCK_OUT = "clockOut";

    public static final String CLOCK_OUT_NOT_AFTER_CLOCK_IN = "Clock Out must be greater than \"Clock In\".";
    public static final String START_OVERLAPS = "Can not start session because it overlaps with another ended session.";
    public static final String END_OVERLAPS = "Can not end session because it overlaps with another ended session.";
    public static final String THROUGH_MIDNIGHT = "Session can not last through midnight.";
    public static final String CONTAINS_ANOTHER =
            "Can not modify session because it overlaps with another ended session.";

    /** Rule 0, before the contract's: the times are of this century (and so a day can be computed for them). */
    static final String OUT_OF_BOUNDS = " must be a time between " + DateBounds.EARLIEST + " and " + DateBounds.LATEST + " (UTC).";

    private final ZoneId zone;

    /** @param zone the server's time zone, whose midnight a session may not cross */
    public SessionRules(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public static SessionRules inUtc() {
        return new SessionRules(ZoneOffset.UTC);
    }

    public ZoneId zone() {
        return zone;
    }

    public Optional<FieldError> check(WorkPeriod session, Collection<WorkPeriod> otherSessions) {
        long in = session.clockIn();
        if (!DateBounds.containsEpochSecond(in)) {
            return error(CLOCK_IN, "Clock In" + OUT_OF_BOUNDS);
        }
        if (!session.isOpen() && !DateBounds.containsEpochSecond(session.clockOut())) {
            return error(CLOCK_OUT, "Clock Out" + OUT_OF_BOUNDS);
        }
        if (session.isOpen()) {
            return anyEnded(otherSessions, other -> strictlyInside(in, other))
                    ? error(CLOCK_IN, START_OVERLAPS) : Optional.empty();
        }
        long out = session.clockOut();
        if (out <= in) {
            return error(CLOCK_OUT, CLOCK_OUT_NOT_AFTER_CLOCK_IN);
        }
        if (anyEnded(otherSessions, other -> strictlyInside(in, other))) {
            return error(CLOCK_IN, START_OVERLAPS);
        }
        if (anyEnded(otherSessions, other -> strictlyInside(out, other))) {
            return error(CLOCK_OUT, END_OVERLAPS);
        }
        if (!day(in).equals(day(out))) {
            return error(CLOCK_OUT, THROUGH_MIDNIGHT);
        }
        // Rule 5. The original asks for the other session to lie strictly inside, which lets an identical session
        // through, and also one sharing a single edge ([10,20] over [10,15]). Once rules 2 and 3 have passed, every
        // remaining overlap longer than an instant is of that kind, so asking "do they overlap at all" reports
        // exactly the strictly-inside cases plus those, under this rule's message (it is the rule that is about
        // another session within this one). Touching edges ([20,30] after [10,20]) share an instant only: allowed.
        if (anyEnded(otherSessions, other -> in < other.clockOut() && other.clockIn() < out)) {
            return error(CLOCK_OUT, CONTAINS_ANOTHER);
        }
        return Optional.empty();
    }

    private static boolean strictlyInside(long instant, WorkPeriod other) {
        return other.clockIn() < instant && instant < other.clockOut();
    }

    private static boolean anyEnded(Collection<WorkPeriod> sessions, Predicate<WorkPeriod> test) {
        return sessions.stream().filter(other -> !other.isOpen()).anyMatch(test);
    }

    private LocalDate day(long epochSecond) {
        return LocalDate.ofInstant(Instant.ofEpochSecond(epochSecond), zone);
    }

    private static Optional<FieldError> error(String field, String message) {
        return Optional.of(new FieldError(field, message));
    }
}
