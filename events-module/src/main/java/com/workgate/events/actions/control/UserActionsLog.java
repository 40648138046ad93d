package com.workgate.events.actions.control;

import com.workgate.events.actions.entity.UserAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;

/** Writes the user actions log, inside the caller's transaction, so a change and its log line commit together. */
@ApplicationScoped
public class UserActionsLog {

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    @Inject
    Clock clock;

    public void record(long organizationId, long userId, LocalDate day, String action, String description,
                       String changedBy, String reason) {
        em.persist(new UserAction(organizationId, userId, clock.instant(), day, action, description, changedBy, reason));
    }
}
