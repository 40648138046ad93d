package com.workgate.events.timeoff.control;

import com.workgate.auth.user.control.People;
import com.workgate.auth.user.control.Person;
import com.workgate.events.ingest.control.IngestResult;
import com.workgate.events.plan.control.Plans;
import com.workgate.events.timeoff.entity.TimeOffEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores time-off events and their plan changes in one transaction; an event seen before (same
 * {@link TimeOff.IdempotencyKey}) changes nothing. The people's row locks order parallel batches for one person, and
 * the unique key on the idempotency key holds if anything slipped past them.
 */
@ApplicationScoped
public class TimeOffWriter {

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    @Inject
    People people;

    @Inject
    Plans plans;

    @Inject
    Clock clock;

    @Transactional(TxType.REQUIRES_NEW)
    public List<IngestResult> apply(long organizationId, List<TimeOff> events, LocalDate today, String changedBy) {
        // the people's plans change below: their locks first, then the event ids seen are all committed ones
        people.lockAll(organizationId, events.stream().map(TimeOff::userId).toList());
        List<Boolean> news = TimeOffRules.news(events, alreadyStored(organizationId, events));
        List<IngestResult> results = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            TimeOff timeOff = events.get(i);
            if (!news.get(i)) {
                results.add(IngestResult.alreadyStored(timeOff.eventId()));
                continue;
            }
            em.persist(new TimeOffEvent(organizationId, timeOff.eventId(), timeOff.userId(),
                    timeOff.scheduled() ? "scheduled" : "cancelled", timeOff.startDate(), timeOff.endDate(),
                    timeOff.timeOffType(), clock.instant()));
            Person person = people.get(organizationId, timeOff.userId());
            String reason = TimeOffRules.reason(timeOff);
            for (TimeOffRules.DayChange change : TimeOffRules.planChanges(timeOff, today)) {
                if (change.setTo() != null) {
                    plans.set(person, change.day(), change.setTo(), changedBy, reason);
                } else {
                    plans.resetToWeekly(person, change.day(), changedBy, reason);
                }
            }
            results.add(IngestResult.stored(timeOff.eventId()));
        }
        em.flush();
        return results;
    }

    private List<TimeOff.IdempotencyKey> alreadyStored(long organizationId, List<TimeOff> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        select t.eventId, t.userId, t.eventType, t.startDate, t.endDate from TimeOffEvent t
                        where t.organizationId = :org and t.eventId in :ids""", Object[].class)
                .setParameter("org", organizationId)
                .setParameter("ids", events.stream().map(TimeOff::eventId).distinct().toList())
                .getResultStream()
                .map(row -> new TimeOff.IdempotencyKey((String) row[0], (Long) row[1], "scheduled".equals(row[2]),
                        (LocalDate) row[3], (LocalDate) row[4]))
                .toList();
    }
}
