package com.workgate.events.timeoff.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.auth.user.control.Person;
import com.workgate.auth.user.entity.PlanKind;
import com.workgate.events.ingest.control.EventFields;
import com.workgate.events.ingest.control.InvalidEvent;
import com.workgate.events.timeoff.entity.TimeOffEvent;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a time-off submission, without the database: what makes an event valid (else result 3), whom it
 * names, whether it is a resend, and which days of the person's plan it changes and to what.
 */
final class TimeOffRules {

    static final Set<String> TIME_OFF_TYPES = Set.of("holiday", "leave", "sick");

    /** One day's change: to {@code setTo}, or back to the weekly plan when that is null. */
    record DayChange(LocalDate day, PlanKind setTo) {
    }

    private TimeOffRules() {
    }

    /** Reads entry {@code index} of {@code timeOffEvents}; an {@link InvalidEvent} is its result 3. */
    static TimeOff read(JsonNode event, int index) throws InvalidEvent {
        if (!event.isObject()) {
            throw new InvalidEvent("timeOffEvents[" + index + "]", "must be an object");
        }
        String eventId = EventFields.requiredText(event, "eventId", TimeOffEvent.EVENT_ID_LENGTH);
        Long userId = EventFields.optionalUserId(event, "uid");
        String email = EventFields.optionalText(event, "email", Person.EMAIL_LENGTH);
        if (userId == null && (email == null || email.isBlank())) {
            throw new InvalidEvent("email", "email or uid is required");
        }
        String type = EventFields.requiredText(event, "eventType", TimeOffEvent.EVENT_TYPE_LENGTH);
        if (!type.equals("scheduled") && !type.equals("cancelled")) {
            throw new InvalidEvent("eventType", "unknown value \"" + type + "\", expected one of scheduled, cancelled");
        }
        LocalDate start = EventFields.requiredDate(event, "startDate");
        LocalDate end = EventFields.requiredDate(event, "endDate");
        if (end.isBefore(start)) {
            throw new InvalidEvent("endDate", "is before startDate");
        }
        if (ChronoUnit.DAYS.between(start, end) >= TimeOff.MAX_DAYS) {
            throw new InvalidEvent("endDate", "the range may span at most " + TimeOff.MAX_DAYS + " days");
        }
        String timeOffType = EventFields.optionalText(event, "timeOffType", TimeOffEvent.TIME_OFF_TYPE_LENGTH);
        if (timeOffType != null && !TIME_OFF_TYPES.contains(timeOffType)) {
            throw new InvalidEvent("timeOffType", "unknown value \"" + timeOffType + "\", expected one of holiday, leave, sick");
        }
        return new TimeOff(eventId, userId, email, type.equals("scheduled"), start, end, timeOffType);
    }

    /** Whom the event names once looked up: its uid if that exists, else (without a uid) its email's person, or null. */
    static Long resolvedUser(TimeOff timeOff, Set<Long> knownIds, Map<String, Long> idsByEmail) {
        if (timeOff.userId() != null) {
            return knownIds.contains(timeOff.userId()) ? timeOff.userId() : null;
        }
        return idsByEmail.get(timeOff.email());
    }

    /** For each event of a batch of resolved ones, whether it is news: neither stored before nor earlier in the batch. */
    static List<Boolean> news(List<TimeOff> events, Collection<TimeOff.IdempotencyKey> stored) {
        Set<TimeOff.IdempotencyKey> seen = new HashSet<>(stored);
        List<Boolean> news = new ArrayList<>(events.size());
        for (TimeOff timeOff : events) {
            news.add(seen.add(timeOff.idempotencyKey()));
        }
        return news;
    }

    /** The plan changes of a new event: each day from today on becomes away (scheduled) or weekly again (cancelled). */
    static List<DayChange> planChanges(TimeOff timeOff, LocalDate today) {
        return timeOff.daysFrom(today).stream()
                .map(day -> new DayChange(day, timeOff.scheduled() ? PlanKind.AWAY : null))
                .toList();
    }

    /** Why the plan changed, as the user actions log records it. */
    static String reason(TimeOff timeOff) {
        return "time off " + timeOff.eventId() + (timeOff.timeOffType() == null ? "" : " (" + timeOff.timeOffType() + ")");
    }
}
