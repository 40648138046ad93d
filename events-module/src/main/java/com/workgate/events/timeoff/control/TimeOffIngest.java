package com.workgate.events.timeoff.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.auth.organization.control.Organizations;
import com.workgate.auth.user.control.People;
import com.workgate.events.ingest.control.EventBatch;
import com.workgate.events.ingest.control.IngestResult;
import com.workgate.events.ingest.control.InvalidEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /v1/timeoff}: leave from HR systems. Scheduled leave turns each day from today on into "away";
 * cancelled leave gives those days back to the weekly plan; past days are never touched. Each change is logged.
 */
@ApplicationScoped
public class TimeOffIngest {

    private static final int ATTEMPTS = 3;

    public record Answer(Instant timestamp, List<IngestResult> results) {
    }

    @Inject
    People people;

    @Inject
    TimeOffWriter writer;

    @Inject
    Organizations organizations;

    @Inject
    Clock clock;

    public Answer ingest(long organizationId, EventBatch batch, String changedBy) {
        List<JsonNode> events = batch.events();
        IngestResult[] results = new IngestResult[events.size()];
        List<TimeOff> valid = new ArrayList<>();
        List<Integer> validIndex = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode event = events.get(i);
            try {
                valid.add(TimeOffRules.read(event, i));
                validIndex.add(i);
            } catch (InvalidEvent problem) {
                results[i] = IngestResult.invalid(event.path("eventId").isTextual() ? event.get("eventId").textValue() : null,
                        problem);
            }
        }
        Set<Long> ids = new HashSet<>();
        Set<String> emails = new HashSet<>();
        valid.forEach(t -> {
            if (t.userId() != null) {
                ids.add(t.userId());
            } else {
                emails.add(t.email());
            }
        });
        Set<Long> knownIds = people.existingIds(organizationId, ids);
        Map<String, Long> byEmail = people.idsByEmail(organizationId, emails);

        List<TimeOff> resolved = new ArrayList<>();
        List<Integer> resolvedIndex = new ArrayList<>();
        for (int v = 0; v < valid.size(); v++) {
            TimeOff timeOff = valid.get(v);
            Long userId = TimeOffRules.resolvedUser(timeOff, knownIds, byEmail);
            if (userId == null) {
                results[validIndex.get(v)] = new IngestResult(timeOff.eventId(), IngestResult.USER_NOT_FOUND, "User not found");
            } else {
                resolved.add(new TimeOff(timeOff.eventId(), userId, timeOff.email(), timeOff.scheduled(),
                        timeOff.startDate(), timeOff.endDate(), timeOff.timeOffType()));
                resolvedIndex.add(validIndex.get(v));
            }
        }

        LocalDate today = LocalDate.now(clock.withZone(organizations.settings(organizationId).timeZone()));
        for (int attempt = 1; ; attempt++) {
            try {
                List<IngestResult> outcome = writer.apply(organizationId, resolved, today, changedBy);
                for (int r = 0; r < outcome.size(); r++) {
                    results[resolvedIndex.get(r)] = outcome.get(r);
                }
                return new Answer(clock.instant(), List.of(results));
            } catch (RuntimeException conflict) {
                if (attempt == ATTEMPTS) {
                    throw conflict;
                }
            }
        }
    }
}
