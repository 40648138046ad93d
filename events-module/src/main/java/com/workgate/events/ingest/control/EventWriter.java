package com.workgate.events.ingest.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Collection;
import java.util.List;

/**
 * Stores a batch of new events (and the rows that go with them) in one transaction (batched inserts). It returns only after the commit, so an
 * event is acknowledged only once it is durable.
 */
@ApplicationScoped
public class EventWriter {

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    @Transactional(TxType.REQUIRES_NEW)
    public void persistAll(Collection<?> entities) {
        for (Object entity : entities) {
            if (entity instanceof Collection<?> several) {
                several.forEach(em::persist);
            } else {
                em.persist(entity);
            }
        }
        em.flush();
    }

    /** The event ids of the batch that this organization and source already stored. */
    public List<String> alreadyStored(String entityName, long organizationId, String sourceId, Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e.eventId from " + entityName + " e where e.organizationId = :org"
                        + " and e.sourceId = :source and e.eventId in :ids", String.class)
                .setParameter("org", organizationId)
                .setParameter("source", sourceId)
                .setParameter("ids", eventIds)
                .getResultList();
    }
}
