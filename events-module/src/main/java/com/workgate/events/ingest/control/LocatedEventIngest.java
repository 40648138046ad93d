package com.workgate.events.ingest.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.auth.user.control.People;
import com.workgate.events.place.control.LocationRef;
import com.workgate.events.place.control.LocationResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The ingestion of located events: validate each event on its own (a bad one gets result 3 and does not hold
 * back the others), resolve people and places for the whole batch at once, skip event ids already stored for
 * this source, and store the rest in one transaction before answering.
 */
@ApplicationScoped
public class LocatedEventIngest {

    private static final Logger LOG = Logger.getLogger(LocatedEventIngest.class.getName());
    private static final int ATTEMPTS = 3;

    public record Answer(String sourceId, Instant timestamp, List<IngestResult> results) {
    }

    @Inject
    People people;

    @Inject
    LocationResolver locations;

    @Inject
    EventWriter writer;

    @Inject
    Clock clock;

    public <P> Answer ingest(long organizationId, EventBatch batch, LocatedEventKind<P> kind) {
        String sourceId = batch.sourceId();
        List<JsonNode> events = batch.events();

        IngestResult[] results = new IngestResult[events.size()];
        List<LocatedEvent<P>> valid = new ArrayList<>();
        List<Integer> validIndex = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode event = events.get(i);
            try {
                valid.add(LocatedEventRules.read(event, i, kind));
                validIndex.add(i);
            } catch (InvalidEvent problem) {
                results[i] = IngestResult.invalid(LocatedEventRules.echoedEventId(event), problem);
            }
        }

        Set<Long> ids = new HashSet<>();
        Set<String> emails = new HashSet<>();
        Set<LocationRef> refs = new HashSet<>();
        for (LocatedEvent<P> event : valid) {
            if (event.userId() != null) {
                ids.add(event.userId());
            } else if (event.userEmail() != null) {
                emails.add(event.userEmail());
            }
            refs.add(event.location());
        }
        LocatedEventRules.Directory found = new LocatedEventRules.Directory(people.existingIds(organizationId, ids),
                people.idsByEmail(organizationId, emails), locations.officesOf(organizationId, refs));

        Map<String, Integer> storable = new LinkedHashMap<>();
        Map<String, LocatedEventRows.Row<P>> rows = new HashMap<>();
        Instant receivedAt = clock.instant();
        List<LocatedEventRules.Decision<P>> decisions = LocatedEventRules.decide(valid, kind.requiresUser(),
                kind.userNotFound(), found);
        for (int v = 0; v < decisions.size(); v++) {
            LocatedEventRules.Decision<P> decision = decisions.get(v);
            int index = validIndex.get(v);
            if (decision.answered() != null) {
                results[index] = decision.answered();
            } else {
                String eventId = decision.row().event().eventId();
                storable.put(eventId, index);
                rows.put(eventId, decision.row());
            }
        }

        store(kind, organizationId, sourceId, storable, rows, receivedAt, results);
        return new Answer(sourceId, receivedAt, List.of(results));
    }

    /**
     * Stores what is new. On a database where a concurrent writer of the same events makes the insert fail on the
     * unique key (H2), the loser tries again, finds them stored, and acknowledges them.
     */
    private <P> void store(LocatedEventKind<P> kind, long organizationId, String sourceId, Map<String, Integer> storable,
                           Map<String, LocatedEventRows.Row<P>> rows, Instant receivedAt, IngestResult[] results) {
        if (storable.isEmpty()) {
            return;
        }
        List<LocatedEventRows.Row<P>> batch = storable.keySet().stream().map(rows::get).toList();
        for (int attempt = 1; ; attempt++) {
            try {
                Set<String> stored = writer.storesInOneStatement(kind)
                        ? writer.storeNewInOneStatement(kind, organizationId, sourceId, batch, receivedAt)
                        : writer.storeNew(kind, organizationId, sourceId, batch, receivedAt);
                storable.forEach((eventId, index) -> results[index] =
                        stored.contains(eventId) ? IngestResult.stored(eventId) : IngestResult.alreadyStored(eventId));
                return;
            } catch (RuntimeException conflict) {
                if (attempt == ATTEMPTS) {
                    throw conflict;
                }
                LOG.fine(() -> "concurrent submission of the same events, looking again: " + conflict);
            }
        }
    }
}
