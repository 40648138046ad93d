package com.workgate.events.ingest.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
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

    @Inject
    BatchLookup lookup;

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

    /** The event ids of the batch that this organization and source already stored in {@code table}. */
    public List<String> alreadyStored(String table, long organizationId, String sourceId, Collection<String> eventIds) {
        List<String> stored = new ArrayList<>();
        if (!eventIds.isEmpty()) {
            lookup.query("select event_id from " + table + " where organization_id = ? and source_id = ? and event_id in (:values)",
                    List.of(organizationId, sourceId), eventIds, row -> stored.add(row.getString(1)));
        }
        return stored;
    }
}
