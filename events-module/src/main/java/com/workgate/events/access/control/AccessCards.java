package com.workgate.events.access.control;

import com.workgate.events.access.entity.AccessCard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The cards' look-up for the other modules (docs/module-contracts.md): who holds a card. */
@ApplicationScoped
public class AccessCards {

    /** The longest card number an organization can hold (its column). */
    public static final int CARD_NUMBER_LENGTH = AccessCard.CARD_NUMBER_LENGTH;


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
