package com.workgate.timeclock.terminal.control;

import com.workgate.auth.platform.control.ApiException;
import com.workgate.auth.user.control.People;
import com.workgate.auth.user.control.Person;
import com.workgate.events.access.control.AccessCards;
import com.workgate.timeclock.session.control.SessionWrite;
import com.workgate.timeclock.session.control.WorkSessions;
import com.workgate.timeclock.session.entity.WorkSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * A shared clock-in device: a badge (an active access card of the integration API) clocks its holder in, or out
 * when they have a running session, under the same session rules as the person's own clients.
 */
@ApplicationScoped
public class Terminal {

    public record Clocked(long userId, String action, WorkSession session) {
    }

    public record Working(long userId, String name, long clockIn) {
    }

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    @Inject
    WorkSessions sessions;

    @Inject
    AccessCards cards;

    @Inject
    People people;

    @Inject
    Clock clock;

    /** One transaction, the holder locked before the look for a running session: two taps at once clock in once. */
    @Transactional
    public Clocked clock(long organizationId, String cardNumber) {
        if (cardNumber == null || cardNumber.isBlank()) {
            throw ApiException.badRequest("cardNumber", "is required");
        }
        long userId = cards.activeHolder(organizationId, cardNumber)
                .orElseThrow(() -> new ApiException(404, "Card not found: " + cardNumber));
        people.lock(organizationId, userId);
        List<WorkSession> open = em.createQuery("""
                        select s from WorkSession s where s.organizationId = :org and s.userId = :user and s.clockOut is null
                        order by s.clockIn desc""", WorkSession.class)
                .setParameter("org", organizationId).setParameter("user", userId)
                .setMaxResults(1).getResultList();
        if (open.isEmpty()) {
            return new Clocked(userId, "clockIn", sessions.create(organizationId, userId, SessionWrite.nothing()));
        }
        return new Clocked(userId, "clockOut", sessions.update(organizationId, userId, String.valueOf(open.get(0).getId()),
                SessionWrite.clockOutAt(clock.instant().getEpochSecond())));
    }

    /** Who has a running session now, earliest first; people deleted since they clocked in are left out. */
    public List<Working> workingNow(long organizationId) {
        List<WorkSession> running = em.createQuery("""
                        select s from WorkSession s where s.organizationId = :org and s.clockOut is null
                        order by s.clockIn, s.userId""", WorkSession.class)
                .setParameter("org", organizationId)
                .getResultList();
        Map<Long, Person> current = people.byIds(organizationId, running.stream().map(WorkSession::getUserId).toList());
        return running.stream().filter(session -> current.containsKey(session.getUserId()))
                .map(session -> {
                    Person person = current.get(session.getUserId());
                    return new Working(person.id(), person.firstName() + " " + person.lastName(), session.getClockIn());
                })
                .toList();
    }
}
