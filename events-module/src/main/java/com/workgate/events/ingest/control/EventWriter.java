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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Stores the new events of a batch (and the rows that go with them) in one transaction, skipping those this
 * organization and source already stored. It returns only after the commit, so an event is acknowledged only once
 * it is durable.
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
     * The event ids of {@code rows} that this call stored; the others were stored before. The events' rows go by
     * plain JDBC (Hibernate's persist and flush of a hundred entities cost more than the insert), what else they
     * record by JPA, on the same connection and transaction.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public <P> Set<String> storeNew(LocatedEventKind<P> kind, long organizationId, String sourceId,
                                    List<LocatedEventRows.Row<P>> rows, Instant receivedAt) {
        Set<String> stored;
        try (Connection connection = dataSource.getConnection()) {
            if (lookup.isPostgreSql()) {
                stored = LocatedEventRows.insertNew(connection, kind, organizationId, sourceId, rows, receivedAt);
            } else {
                Set<String> before = alreadyStored(kind.tableName(), organizationId, sourceId, rows);
                stored = LocatedEventRows.insertAll(connection, kind, organizationId, sourceId,
                        rows.stream().filter(row -> !before.contains(row.event().eventId())).toList(), receivedAt);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store " + kind.tableName() + " rows", e);
        }
        List<Object> alsoStored = rows.stream().filter(row -> stored.contains(row.event().eventId()))
                .flatMap(row -> kind.alsoStore(organizationId, sourceId, row.event(), row.userId()).stream()).toList();
        if (!alsoStored.isEmpty()) {   // else no persistence context for this transaction at all
            alsoStored.forEach(em::persist);
            em.flush();
        }
        return stored;
    }

    /**
     * {@link #storeNew} for a batch on PostgreSQL that records nothing besides its rows: each statement is a
     * transaction of its own (auto-commit), with no JTA transaction around it. A batch of new events is stored by a
     * plain insert; one that repeats a stored event, by the insert that skips those.
     */
    @Transactional(TxType.NOT_SUPPORTED)
    public <P> Set<String> storeNewInOneStatement(LocatedEventKind<P> kind, long organizationId, String sourceId,
                                                  List<LocatedEventRows.Row<P>> rows, Instant receivedAt) {
        try (Connection connection = dataSource.getConnection()) {
            Set<String> stored = LocatedEventRows.insertIfAllNew(connection, kind, organizationId, sourceId, rows,
                    receivedAt);
            return stored != null ? stored
                    : LocatedEventRows.insertNew(connection, kind, organizationId, sourceId, rows, receivedAt);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store " + kind.tableName() + " rows", e);
        }
    }

    /** Whether {@link #storeNewInOneStatement} can store this kind's batches. */
    public boolean storesInOneStatement(LocatedEventKind<?> kind) {
        return !kind.recordsMore() && lookup.isPostgreSql();
    }

    private Set<String> alreadyStored(String table, long organizationId, String sourceId, List<? extends LocatedEventRows.Row<?>> rows) {
        Set<String> stored = new HashSet<>();
        lookup.query("select event_id from " + table + " where organization_id = ? and source_id = ? and event_id in (:values)",
                List.of(organizationId, sourceId), rows.stream().map(row -> row.event().eventId()).toList(),
                row -> stored.add(row.getString(1)));
        return stored;
    }
}
