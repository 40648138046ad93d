package com.workgate.events.ingest.control;

import com.workgate.auth.persistence.control.BatchLookup;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/**
 * Stores a batch of new events (and the rows that go with them) in one transaction (batched inserts). It returns
 * only after the commit, so an event is acknowledged only once it is durable.
 */
@ApplicationScoped
public class EventWriter {

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    @Inject
    BatchLookup lookup;

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    /**
     * The events' rows by one JDBC batch (Hibernate's persist and flush of a hundred entities cost more than the
     * insert), and what else they record by JPA, on the same connection and transaction.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public <P> void store(LocatedEventKind<P> kind, long organizationId, String sourceId,
                          List<LocatedEventRows.Row<P>> rows, Instant receivedAt) {
        try (Connection connection = dataSource.getConnection()) {
            LocatedEventRows.insert(connection, kind, organizationId, sourceId, rows, receivedAt);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store " + kind.tableName() + " rows", e);
        }
        for (LocatedEventRows.Row<P> row : rows) {
            kind.alsoStore(organizationId, sourceId, row.event(), row.userId()).forEach(em::persist);
        }
        em.flush();
    }

    /** The event ids of the batch that this organization and source already stored in {@code table}. */
    public List<String> alreadyStored(String table, long organizationId, String sourceId, Collection<String> eventIds) {
        List<String> stored = new ArrayList<>();
        lookup.query("select event_id from " + table + " where organization_id = ? and source_id = ? and event_id in (:values)",
                List.of(organizationId, sourceId), eventIds, row -> stored.add(row.getString(1)));
        return stored;
    }
}
