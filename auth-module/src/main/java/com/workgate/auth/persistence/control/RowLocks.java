package com.workgate.auth.persistence.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Row locks held until the caller's transaction ends: the writers of what a row owns (a person's sessions, an
 * organization's card numbers) take turns on it, and each one's checks against existing rows then see everything
 * the one before it committed. Rows are locked lowest id first, so two lockers of several rows never wait on each
 * other in a circle. Shared by the modules that lock their own rows.
 *
 * <p>On PostgreSQL the lock is {@code FOR NO KEY UPDATE}: it does not conflict with the {@code FOR KEY SHARE}
 * lock that inserting a row whose foreign key names the locked row takes, so holding a person or an organization
 * never holds up another request's inserts (nor can it close a circle with them). H2 knows only
 * {@code FOR UPDATE}, and its foreign keys take no row locks.
 */
@ApplicationScoped
public class RowLocks {

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    private volatile String lockClause;

    /**
     * Locks the rows of {@code table} that {@code condition} (named parameters) selects; answers their ids.
     * The table must have a numeric {@code id}.
     */
    @Transactional(TxType.MANDATORY)
    public List<Long> lock(String table, String condition, Map<String, Object> parameters) {
        Query query = em.createNativeQuery("select id from " + table + " where " + condition + " order by id " + lockClause());
        parameters.forEach(query::setParameter);
        return ((List<?>) query.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
    }

    private String lockClause() {
        String clause = lockClause;
        if (clause == null) {
            try (Connection connection = dataSource.getConnection()) {
                String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
                clause = product.contains("postgres") ? "for no key update" : "for update";
            } catch (SQLException e) {
                throw new IllegalStateException("cannot tell the database's row lock", e);
            }
            lockClause = clause;
        }
        return clause;
    }
}
