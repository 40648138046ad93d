package com.workgate.events.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The cards' look-up for the other modules (docs/module-contracts.md): who holds a card. */
@ApplicationScoped
public class AccessCards {

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    /** The user id of the person holding the organization's active card with this number. */
    public Optional<Long> activeHolder(long organizationId, String cardNumber) {
        return em.createQuery("""
                        select c.userId from AccessCard c
                        where c.organizationId = :org and c.cardNumber = :card and c.active = true""", Long.class)
                .setParameter("org", organizationId)
                .setParameter("card", cardNumber)
                .getResultStream().findFirst();
    }
}
