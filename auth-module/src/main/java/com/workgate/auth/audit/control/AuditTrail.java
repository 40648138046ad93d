package com.workgate.auth.audit.control;

import com.workgate.auth.audit.entity.AuditEntry;
import com.workgate.auth.audit.entity.AuditKind;
import com.workgate.auth.caller.control.Caller;
import com.workgate.auth.caller.control.CurrentCaller;
import com.workgate.auth.platform.control.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Records security-relevant changes in the transaction that makes them, so an entry exists exactly when the change
 * does. The actor is the authenticated caller of the current request (key or TimeClock person) and its address;
 * changes made outside a request (first start, master-key rotation at start-up) have no actor.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    ClientAddress clientAddress;

    @Inject
    Clock clock;

    /** A change of the organization's; {@code target} names what changed (a key id, a user id), never a secret. */
    @Transactional(TxType.MANDATORY)
    public void record(AuditKind kind, Long organizationId, String target, String detail) {
        Caller caller = null;
        String address = null;
        try {
            caller = currentCaller.find();
            address = clientAddress.get();
        } catch (ContextNotActiveException outsideARequest) {
            // start-up and timers: no caller, no address
        }
        em.persist(new AuditEntry(clock.instant(), organizationId, kind, target, detail,
                caller == null ? null : caller.apiKeyId(), caller == null ? null : caller.userId(), address));
    }

    /**
     * Newest first, after the cursor (an entry id) if given. {@code organizationId} null reads every organization's
     * entries and the server-wide ones (for the system organization only: the boundary checks).
     */
    public List<AuditEntry> list(AuditQuery query) {
        StringBuilder jpql = new StringBuilder("select a from AuditEntry a where 1 = 1");
        if (query.organizationId() != null) {
            jpql.append(" and a.organizationId = :org");
        }
        if (query.before() != null) {
            jpql.append(" and a.id < :before");
        }
        if (query.from() != null) {
            jpql.append(" and a.occurredAt >= :from");
        }
        if (query.to() != null) {
            jpql.append(" and a.occurredAt < :to");
        }
        if (query.kind() != null) {
            jpql.append(" and a.kind = :kind");
        }
        if (query.actor() != null) {
            jpql.append(query.actorUserId() != null
                    ? " and (a.actorKeyId = :actor or a.actorUserId = :actorUser)" : " and a.actorKeyId = :actor");
        }
        TypedQuery<AuditEntry> select = em.createQuery(jpql.append(" order by a.id desc").toString(), AuditEntry.class)
                .setMaxResults(query.limit());
        if (query.organizationId() != null) {
            select.setParameter("org", query.organizationId());
        }
        if (query.before() != null) {
            select.setParameter("before", query.before());
        }
        if (query.from() != null) {
            select.setParameter("from", query.from());
        }
        if (query.to() != null) {
            select.setParameter("to", query.to());
        }
        if (query.kind() != null) {
            select.setParameter("kind", query.kind());
        }
        if (query.actor() != null) {
            select.setParameter("actor", query.actor());
            if (query.actorUserId() != null) {
                select.setParameter("actorUser", query.actorUserId());
            }
        }
        return select.getResultList();
    }

    /** Forgets entries older than the retention; run by a timer on every node (the delete is idempotent). */
    @Transactional
    public int purgeBefore(Instant cutoff) {
        return em.createQuery("delete from AuditEntry a where a.occurredAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}
