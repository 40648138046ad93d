package com.workgate.timeclock.session.control;

/** A work session's span in epoch seconds; {@code clockOut} is {@code null} while the session is still open. */
public record WorkPeriod(long clockIn, Long clockOut) {

    public static WorkPeriod open(long clockIn) {
        return new WorkPeriod(clockIn, null);
    }

    public static WorkPeriod closed(long clockIn, long clockOut) {
        return new WorkPeriod(clockIn, clockOut);
    }

    public boolean isOpen() {
        return clockOut == null;
    }
}
