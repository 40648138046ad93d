package com.workgate.events.ingest.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Finds the people a batch names, by id or by exact (case-sensitive) email, in two queries at most. */
@ApplicationScoped
public class UserResolver {

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    /** The ids of those that exist (and are not deleted) in the organization. */
    public Set<Long> existingIds(long organizationId, Set<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("""
                        select u.id from User u where u.organization.id = :org and u.id in :ids and u.deletedAt is null""", Long.class)
                .setParameter("org", organizationId)
                .setParameter("ids", ids)
                .getResultList());
    }

    /** Email to user id, for the emails that exist in the organization. */
    public Map<String, Long> idsByEmail(long organizationId, Set<String> emails) {
        Map<String, Long> found = new HashMap<>();
        if (emails.isEmpty()) {
            return found;
        }
        em.createQuery("select u.email, u.id from User u where u.organization.id = :org and u.email in :emails", Object[].class)
                .setParameter("org", organizationId)
                .setParameter("emails", emails)
                .getResultList()
                .forEach(row -> found.put((String) row[0], (Long) row[1]));
        return found;
    }
}
